using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// ORDER BY, SKIP / OFFSET and LIMIT written as clauses of their own, and FINISH (Cypher manual, "ORDER BY",
// "SKIP", "LIMIT", "FINISH"): the paging clauses act as WITH * with that paging; FINISH returns nothing.
public sealed class StandaloneClauseTests : IDisposable
{
    private readonly Db _db = new();

    public StandaloneClauseTests() => _db.Run("UNWIND ['Cy', 'Ann', 'Bob', 'Di'] AS name CREATE (:Person {name: name})");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_standalone_order_by_orders_the_rows_that_follow() =>
        Assert.Equal(["Ann", "Bob", "Cy", "Di"], (IEnumerable<object?>)_db.Scalar("MATCH (n:Person) ORDER BY n.name RETURN collect(n.name) AS names")!);

    [Fact]
    public void Order_by_with_offset_and_limit_pages_the_rows() =>
        Assert.Equal(["Bob", "Cy"], _db.Column("MATCH (n:Person) ORDER BY n.name OFFSET 1 LIMIT 2 RETURN n.name"));

    [Fact]
    public void A_standalone_skip_or_limit_keeps_every_variable() =>
        Assert.Equal(["Cy", "Di"], _db.Column("MATCH (n:Person) WITH n, n.name AS name ORDER BY name SKIP 2 LIMIT 5 RETURN n.name"));

    [Fact]
    public void Limit_as_a_clause_caps_the_rows_an_update_sees()
    {
        var result = _db.Run("MATCH (n:Person) ORDER BY n.name LIMIT 1 SET n.first = true");
        Assert.Equal(1, result.Counters.PropertiesSet);
        Assert.Equal(["Ann"], _db.Column("MATCH (n:Person) WHERE n.first RETURN n.name"));
    }

    [Fact]
    public void Finish_returns_no_columns_and_no_rows_but_runs_the_updates()
    {
        var result = _db.Run("MATCH (p:Person) SET p.age = 50 FINISH");
        Assert.Empty(result.Columns);
        Assert.Empty(result.Records);
        Assert.Equal(4, result.Counters.PropertiesSet);
    }

    [Fact]
    public void Finish_can_end_a_read_query() => Assert.Empty(_db.Run("MATCH (p:Person) FINISH").Records);

    [Fact]
    public void Finish_must_be_last()
    {
        var error = Assert.Throws<Graph.Core.Errors.GraphException>(() => _db.Run("MATCH (p:Person) FINISH RETURN p"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }
}
