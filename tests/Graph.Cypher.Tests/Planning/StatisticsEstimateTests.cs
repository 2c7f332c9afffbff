using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down that EXPLAIN's estimates come from the statistics kept on commit: they move as the data does.
public sealed class StatisticsEstimateTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>Estimated rows of the first operator with this name.</summary>
    private long Estimate(string query, string op) =>
        (long)_db.Run("EXPLAIN " + query).Records.First(r => (string?)r["Operator"] == op)["Estimated Rows"]!;

    [Fact]
    public void An_expand_estimate_is_the_counted_relationships_of_its_shape()
    {
        _db.Run("UNWIND range(1, 10) AS i CREATE (m:Ministry {n: i}) WITH m UNWIND range(1, 3) AS j CREATE (m)-[:PARTY_TO]->(:Agreement)");
        const string query = "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN a";
        Assert.Equal(30, Estimate(query, "Expand(All)"));

        // Sixty more agreements for the same ministries (the graph grows past the plan's size bucket, so it is planned again).
        _db.Run("MATCH (m:Ministry) UNWIND range(1, 6) AS j CREATE (m)-[:PARTY_TO]->(:Agreement)");
        Assert.Equal(90, Estimate(query, "Expand(All)"));
    }

    [Fact]
    public void An_equality_seek_estimates_entries_per_distinct_key()
    {
        _db.Run("CREATE INDEX kind FOR (a:Agreement) ON (a.kind)");
        _db.Run("UNWIND range(1, 40) AS i CREATE (:Agreement {kind: 'k' + (i % 4)})");
        const string query = "MATCH (a:Agreement {kind: $kind}) RETURN a";
        Assert.Equal(10, Estimate(query, "NodeIndexSeek"));

        _db.Run("UNWIND range(1, 160) AS i CREATE (:Agreement {kind: 'x' + i})");
        Assert.Equal(1, Estimate(query, "NodeIndexSeek"));
    }
}
