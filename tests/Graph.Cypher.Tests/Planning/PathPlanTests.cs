using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down named paths and relationship type expressions as planned operators: the path is a Projection over the
// match (after which predicates on it filter), a general type a Filter on the hop, a named var-length hop never pruned.
public sealed class PathPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private List<string?> Operators(string query) => _db.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]).ToList();

    [Fact]
    public void A_named_path_is_projected_after_the_match_and_filtered_after()
    {
        const string query = "MATCH p = (s:State {id: 's1'})<-[:PART_OF]-(m:Ministry)-[:PARTY_TO]->(a) WHERE length(p) > 1 AND a.n > 30 RETURN p";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("named-path"));
        var paths = _db.Run(query).Records.Select(r => (Graph.Core.Values.Path)r["p"]!).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(3, p.Nodes.Count));
    }

    [Fact]
    public void A_path_through_a_var_length_hop_keeps_its_relationships_so_is_not_pruned()
    {
        const string query = "MATCH p = (m:Ministry {id: 'm3'})-[*1..2]-(x) RETURN count(DISTINCT x)";
        Assert.Contains("VarLengthExpand(All)", Operators(query));
        Assert.DoesNotContain("VarLengthExpand(Pruning)", Operators("MATCH p = (m:Ministry {id: 'm3'})-[*1..2]-(x) RETURN DISTINCT x"));
    }

    [Fact]
    public void A_negated_type_is_a_filter_on_an_expand_of_every_type()
    {
        var ops = Operators("MATCH (m:Ministry)-[r:!PARTY_TO]->(x) RETURN type(r) AS t");
        Assert.Contains("Filter", ops);
        var types = _db.Run("MATCH (m:Ministry)-[r:!PARTY_TO]->(x) RETURN DISTINCT type(r) AS t").Records.Select(r => r["t"]).ToList();
        Assert.Equal(["PART_OF"], types);
    }

    [Fact]
    public void Shortest_path_searches_once_both_ends_are_bound()
    {
        const string query = "MATCH p = allShortestPaths((a:State {id: 's1'})-[*]-(b:Agreement {id: 'a9'})) RETURN p";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("all-shortest-paths"));
        var paths = _db.Run(query).Records.Select(r => (Graph.Core.Values.Path)r["p"]!).ToList();
        Assert.True(paths.Count > 1, $"{paths.Count} paths");
        Assert.Single(paths.Select(p => p.Relationships.Count).Distinct());
        using var interpreted = PlanningGraph.Create(interpretedOnly: true);
        Assert.Equal(interpreted.Run(query).Records.Count, paths.Count);
        Assert.Single(_db.Run(query.Replace("allShortestPaths", "shortestPath", StringComparison.Ordinal)).Records);
    }
}
