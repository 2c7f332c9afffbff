using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// Beside an aggregate, only a grouping key that is a variable or a property of one may be reused; a larger key
// expression inside the aggregating item is ambiguous and refused before running (Neo4j 5).
public sealed class ImplicitGroupingTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (me:Person)--(you:Person) RETURN me.age + you.age, me.age + you.age + count(*)")]
    [InlineData("MATCH (me:Person)--(you:Person) WITH me.age + you.age AS grp, me.age + you.age + count(*) AS agg RETURN *")]
    [InlineData("MATCH (me:Person)--(you:Person) RETURN me.age + you.age, count(*) AS cnt ORDER BY me.age + you.age + count(*)")]
    public void A_complex_grouping_key_inside_an_aggregating_item_is_refused(string query)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));

        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Contains("implicit grouping", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (me:Person)--(you:Person) RETURN me.age AS age, count(you.age) AS cnt ORDER BY age, age + count(you.age)")]
    [InlineData("MATCH (me:Person)--(you:Person) RETURN me.age AS age, count(you.age) AS cnt ORDER BY me.age + count(you.age)")]
    public void A_sort_key_with_an_aggregate_may_name_columns_and_simple_grouping_keys(string query)
    {
        _db.Run("CREATE (:Person {age: 40})-[:K]->(:Person {age: 30})");

        Assert.Equal(2, _db.Run(query).Records.Count);
    }

    [Fact]
    public void Variables_and_their_properties_may_sit_beside_an_aggregate()
    {
        _db.Run("CREATE (:P {age: 30})-[:F]->(:P {age: 10}), (:Q {age: 5})");

        var row = Assert.Single(_db.Run("MATCH (p:P)-[:F]->(f) RETURN p, p.age - max(f.age) AS gap, p.age AS age, p.age + count(*) AS n").Records);

        Assert.Equal(20L, row["gap"]);
        Assert.Equal(31L, row["n"]);
    }
}
