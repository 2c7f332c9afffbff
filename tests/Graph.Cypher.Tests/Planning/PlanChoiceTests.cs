using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;
using Record = Graph.Core.Store.Record;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down the planner's choices as EXPLAIN prints them (snapshots of the tree that runs): seek or scan, the
// value join, Top for ORDER BY … LIMIT, filters pushed to the middle of a path, start and direction by statistics.
public sealed class PlanChoiceTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<Record> Explain(string query) => _db.Run("EXPLAIN " + query).Records;

    private string Tree(string query) => PlanTree.Of(_db, query);

    private List<string?> Operators(string query) => Explain(query).Select(r => (string?)r["Operator"]).ToList();

    [Fact]
    public void A_range_on_a_statement_constant_is_an_index_seek_and_order_by_limit_a_top()
    {
        const string query = "MATCH (a:Agreement) WHERE a.date >= date($from) AND a.date < date($to) RETURN a.id ORDER BY a.date, a.id LIMIT 20";
        var ops = Operators(query);
        Assert.Contains("NodeIndexSeekByRange", ops);
        Assert.Contains("Top", ops);
        Assert.DoesNotContain("NodeByLabelScan", ops);
        Assert.DoesNotContain("Sort", ops);
        Snapshot.Match(Tree(query), SnapshotNameExtension.Create("range-top"));
    }

    [Fact]
    public void An_equality_on_a_unique_property_is_a_unique_seek_and_without_an_index_a_label_scan()
    {
        Assert.Equal("NodeUniqueIndexSeek", Operators("MATCH (a:Agreement {id: $id}) RETURN a.n")[^1]);
        var scan = Operators("MATCH (m:Ministry {id: $id}) RETURN m.n");
        Assert.Equal(["ProduceResults", "Projection", "Filter", "NodeByLabelScan"], scan);
    }

    [Fact]
    public void A_value_equality_between_independent_parts_is_a_value_hash_join()
    {
        const string query = "MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN count(*)";
        var ops = Operators(query);
        Assert.Contains("ValueHashJoin", ops);
        Assert.DoesNotContain("CartesianProduct", ops);
        Snapshot.Match(Tree(query), SnapshotNameExtension.Create("value-join"));
    }

    [Fact]
    public void A_filter_on_the_middle_node_is_tested_before_either_hop()
    {
        const string query = "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement)-[:SIGNED_AT]->(e:Event) WHERE a.kind = 'Protocol' RETURN m.id, e.id";
        var plan = Explain(query);
        var filter = plan.Single(r => (string?)r["Operator"] == "Filter" && ((string?)r["Details"])!.Contains("a.kind", StringComparison.Ordinal));
        // Both expands sit above the filter: it is tested on each agreement before any hop reads on from it.
        var above = new List<string?>();
        for (var r = filter; r["Parent"] is long parent; r = plan.Single(x => Equals(x["Id"], parent))) above.Add((string?)plan.Single(x => Equals(x["Id"], parent))["Operator"]);
        Assert.Equal(2, above.Count(o => o == "Expand(All)"));
        Snapshot.Match(Tree(query), SnapshotNameExtension.Create("middle-filter"));
    }

    [Fact]
    public void The_start_and_direction_follow_the_statistics()
    {
        // Written from the agreements' side, but there are 20 ministries and 60 agreements: start at the ministries.
        const string query = "MATCH (a:Agreement)<-[:PARTY_TO]-(m:Ministry) RETURN a.id, m.id";
        var plan = Explain(query);
        Assert.Equal("m:Ministry", plan.Single(r => (string?)r["Operator"] == "NodeByLabelScan")["Details"]);
        Assert.Equal("(m)-[:PARTY_TO]->(a)", plan.Single(r => (string?)r["Operator"] == "Expand(All)")["Details"]);
        Snapshot.Match(Tree(query), SnapshotNameExtension.Create("start-by-statistics"));

        // Many more ministries than agreements now: the same text is planned again, from the other end.
        _db.Run("UNWIND range(1, 500) AS i CREATE (:Ministry {id: 'x' + i, n: i})");
        var replanned = Explain(query);
        Assert.Equal("a:Agreement", replanned.Single(r => (string?)r["Operator"] == "NodeByLabelScan")["Details"]);
    }

    [Fact]
    public void A_cached_plan_is_made_again_when_an_index_appears_or_goes()
    {
        const string query = "MATCH (m:Ministry) WHERE m.n = 3 RETURN m.id";
        Assert.Equal("m3", _db.Scalar(query));
        Assert.Contains("NodeByLabelScan", Operators(query));
        _db.Run("CREATE INDEX ministry_n FOR (m:Ministry) ON (m.n)");
        Assert.Contains("NodeIndexSeek", Operators(query));
        Assert.Equal("m3", _db.Scalar(query));
        _db.Run("DROP INDEX ministry_n");
        Assert.Contains("NodeByLabelScan", Operators(query));
        Assert.Equal("m3", _db.Scalar(query));
    }

    [Fact]
    public void Every_operator_has_an_estimate_and_a_parent_in_the_tree()
    {
        var plan = Explain("MATCH (s:State)<-[:PART_OF]-(m:Ministry) WITH s, count(m) AS c MATCH (s)-[:TRADES_WITH]->(t) RETURN s.id, c, count(t)");
        Assert.Contains("Apply", plan.Select(r => (string?)r["Operator"]));
        Assert.All(plan, r => Assert.IsType<long>(r["Estimated Rows"]));
        Assert.Null(plan[0]["Parent"]);
        Assert.All(plan.Skip(1), r => Assert.True((long)r["Parent"]! < (long)r["Id"]!));
    }
}
