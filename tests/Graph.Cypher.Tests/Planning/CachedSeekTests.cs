using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down that cached seek decisions follow parameter values and schema changes between runs of one statement text.
public sealed class CachedSeekTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void One_statement_text_answers_for_each_parameter_value_and_after_index_changes()
    {
        _db.Run("UNWIND range(1, 20) AS i CREATE (:Item {v: i})");
        const string query = "MATCH (n:Item) WHERE n.v >= $low AND n.v < $high RETURN count(n) AS c";
        object? Count(object low, object high) => _db.Run(query, new Dictionary<string, object?> { ["low"] = low, ["high"] = high }).Records.Single()["c"];
        Assert.Equal(5L, Count(1L, 6L));
        _db.Run("CREATE INDEX item_v FOR (n:Item) ON (n.v)");
        Assert.Equal(5L, Count(1L, 6L));
        Assert.Equal(10L, Count(10.5, 20.5));
        Assert.Equal(0L, Count("a", "z"));
        _db.Run("DROP INDEX item_v");
        Assert.Equal(10L, Count(10.5, 20.5));
    }
}
