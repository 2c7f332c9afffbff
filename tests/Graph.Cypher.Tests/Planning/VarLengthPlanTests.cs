using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down how variable-length relationships are planned: VarLengthExpand(All) when every path counts,
// VarLengthExpand(Pruning) when only distinct far nodes do (count(DISTINCT x), RETURN DISTINCT), Into when both
// ends are bound — and that pruning finds each far node once while answering as the full walk does; inline
// properties of a var-length hop are tested on each relationship during the walk, not filtered after it.
public sealed class VarLengthPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private string Operator(string query, string prefix) =>
        _db.Run("EXPLAIN " + query).Records.Select(r => (string)r["Operator"]!).Single(o => o.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Distinct_far_nodes_of_a_bounded_walk_are_found_by_pruning()
    {
        const string query = "MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN count(DISTINCT x)";
        Assert.Equal("VarLengthExpand(Pruning)", Operator(query, "VarLength"));
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("pruning"));
    }

    [Theory]
    [InlineData("MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN count(x)", "VarLengthExpand(All)")]
    [InlineData("MATCH (m:Ministry {id: 'm3'})-[r*1..3]-(x) RETURN DISTINCT x, size(r)", "VarLengthExpand(All)")]
    [InlineData("MATCH (m:Ministry {id: 'm3'})-[*2..3]-(x) RETURN DISTINCT x", "VarLengthExpand(All)")]
    [InlineData("MATCH (m:Ministry {id: 'm3'})-[*1..3]-(x) RETURN DISTINCT x LIMIT 3", "VarLengthExpand(All)")]
    [InlineData("MATCH (m:Ministry {id: 'm3'})-[*0..3]-(x) RETURN DISTINCT x", "VarLengthExpand(Pruning)")]
    [InlineData("MATCH (a:State {id: 's1'}), (b:State {id: 's2'}) MATCH (a)-[*1..2]-(b) RETURN count(*)", "VarLengthExpand(Into)")]
    public void Repeats_that_count_keep_every_path(string query, string op) => Assert.Equal(op, Operator(query, "VarLength"));

    [Fact]
    public void Pruning_counts_the_start_only_when_a_path_returns_to_it()
    {
        // s1 has a TRADES_WITH self-loop: it is its own far node at one hop; s2 gets back to itself only through s1 or s3.
        foreach (var (id, max) in new[] { ("s1", 1), ("s2", 1), ("s2", 2), ("s4", 3) })
        {
            var query = $"MATCH (s:State {{id: '{id}'}})-[:TRADES_WITH*1..{max}]-(x) RETURN ";
            var all = _db.Run(query + "collect(x.id) AS ids").Records.Single()["ids"];
            var expected = ((IEnumerable<object?>)all!).Distinct().Count();
            Assert.Equal((long)expected, _db.Scalar(query + "count(DISTINCT x)"));
        }
    }

    [Fact]
    public void Inline_properties_of_a_var_length_hop_are_tested_during_the_walk()
    {
        const string query = "MATCH (s:State {id: 's1'})-[r:TRADES_WITH*1..3 {year: 2020}]-(x) RETURN x.id, size(r)";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("each-relationship"));
        // No Filter above the expansion: the walk itself drops the 2021 self-loop.
        Assert.DoesNotContain(_db.Run("EXPLAIN " + query).Records, r => (string)r["Operator"]! == "Filter" && ((string)r["Details"]!).Contains("year", StringComparison.Ordinal));
        Assert.DoesNotContain(2L, _db.Column("MATCH (s:State {id: 's1'})-[r:TRADES_WITH*1..3 {year: 2021}]-(x) RETURN size(r)"));
    }

    [Fact]
    public void A_var_length_hop_keeps_apart_from_another_hop_of_its_match()
    {
        const string query = "MATCH (s:State {id: 's1'})-[r1:TRADES_WITH]-(t)-[r2:TRADES_WITH*1..2]-(u) RETURN count(DISTINCT u)";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("not-on-path"));
        // The list is read by the uniqueness filter, so the walk cannot prune.
        Assert.Equal("VarLengthExpand(All)", Operator(query, "VarLength"));
    }
}
