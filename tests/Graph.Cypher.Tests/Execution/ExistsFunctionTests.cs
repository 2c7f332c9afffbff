namespace Graph.Cypher.Tests.Execution;

// exists(pattern), the function form of a pattern predicate Neo4j 5 still accepts (Cypher manual, predicate
// functions): true when the pattern has a match, per row; exists on a property stays an unknown function.
public sealed class ExistsFunctionTests : IDisposable
{
    private readonly Db _db = new();

    public ExistsFunctionTests() =>
        _db.Run("CREATE (:Person {name: 'Keanu'})-[:ACTED_IN]->(:Movie {title: 'The Matrix'}), (:Person {name: 'Liam'})");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Answers_per_row_whether_the_pattern_matches()
    {
        var rows = _db.Run("MATCH (p:Person) RETURN p.name AS name, exists((p)-[:ACTED_IN]->()) AS acted ORDER BY name").Records;
        Assert.Equal([("Keanu", true), ("Liam", false)], rows.Select(r => ((string)r[0]!, (bool)r[1]!)).ToList());
    }

    [Fact]
    public void Filters_in_where() =>
        Assert.Equal(["Liam"], _db.Column("MATCH (p:Person) WHERE NOT exists((p)-[:ACTED_IN]->()) RETURN p.name"));
}
