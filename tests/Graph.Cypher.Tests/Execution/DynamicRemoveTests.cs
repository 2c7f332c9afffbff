namespace Graph.Cypher.Tests.Execution;

// REMOVE n[key] (Cypher manual, REMOVE: dynamically remove properties), on both runtimes: the key is any
// string expression, alone or inside FOREACH, and counts as a property set like REMOVE n.key.
public sealed class DynamicRemoveTests
{
    public static TheoryData<bool> Runtimes => new() { false, true };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Removes_the_keys_a_foreach_computes(bool interpreted)
    {
        using var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpreted });
        db.Run("CREATE (:Person {name: 'Peter', age: 34, testA: 1, testB: 'b'})");
        var result = db.Run(
            "MATCH (n) WITH n, [k IN keys(n) WHERE k CONTAINS 'test' | k] AS propertyKeys "
            + "FOREACH (i IN propertyKeys | REMOVE n[i]) RETURN n.name AS name, keys(n) AS keys");
        var row = result.Records.Single();
        Assert.Equal("Peter", row["name"]);
        Assert.Equal(["name", "age"], ((IEnumerable<object?>)row["keys"]!).Cast<string>().Order(StringComparer.Ordinal).Reverse().ToList());
        Assert.Equal(2, result.Counters.PropertiesSet);
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Removes_a_key_given_as_a_parameter(bool interpreted)
    {
        using var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpreted });
        db.Run("CREATE (:Person {name: 'Peter', nickname: 'Pete'})");
        var keys = db.Scalar("MATCH (n:Person) REMOVE n[$key] RETURN keys(n)", new Dictionary<string, object?> { ["key"] = "nickname" });
        Assert.Equal(["name"], ((IEnumerable<object?>)keys!).Cast<string>().ToList());
    }
}
