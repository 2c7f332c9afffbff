using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down UNION as planned operators in Neo4j's shape: each part ends in a Projection into the union's columns,
// parts joined left-deep by Union, UNION (not ALL) a Distinct above; inside CALL { … } the union runs per outer row.
public sealed class UnionPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private List<string?> Operators(string query) => _db.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]).ToList();

    [Fact]
    public void Union_all_is_a_union_of_projected_parts()
    {
        const string query = "MATCH (m:Ministry) RETURN m.id AS id UNION ALL MATCH (s:State) RETURN s.id AS id";
        Assert.Equal(["ProduceResults", "Union", "Projection", "Projection", "NodeByLabelScan", "Projection", "Projection", "NodeByLabelScan"], Operators(query));
        Assert.Equal(24, _db.Run(query).Records.Count);
    }

    [Fact]
    public void Union_is_a_distinct_over_nested_unions()
    {
        const string query = "MATCH (a:Agreement) RETURN a.kind AS k UNION MATCH (e:Event) RETURN 'Event' AS k UNION MATCH (a:Agreement {id: 'a3'}) RETURN a.kind AS k";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("distinct-union"));
        var kinds = _db.Run(query).Records.Select(r => PlanningGraph.Text(r["k"])).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["'Event'", "'Memorandum'", "'Protocol'", "null"], kinds);
    }

    [Fact]
    public void A_union_in_a_call_runs_per_outer_row_under_an_apply()
    {
        const string query = "MATCH (m:Ministry) WHERE m.n < 3 CALL (m) { RETURN m.n AS n UNION RETURN 0 AS n } RETURN m.id AS id, n ORDER BY id, n";
        var ops = Operators(query);
        Assert.Contains("Apply", ops);
        Assert.Contains("Union", ops);
        Assert.Equal(2, ops.Count(o => o == "Argument"));
        var rows = _db.Run(query).Records.Select(r => $"{r["id"]}:{r["n"]}").ToList();
        Assert.Equal(["m1:0", "m1:1", "m2:0", "m2:2"], rows);
    }

    [Fact]
    public void Profile_counts_the_rows_each_part_gives()
    {
        var profile = _db.Run("PROFILE MATCH (m:Ministry) RETURN m.id AS id UNION ALL MATCH (s:State) RETURN s.id AS id").Records;
        Assert.Equal(24L, profile.Single(r => (string?)r["Operator"] == "Union")["Rows"]);
        Assert.Equal([20L, 4L], profile.Where(r => (string?)r["Operator"] == "NodeByLabelScan").Select(r => r["Rows"]));
    }
}
