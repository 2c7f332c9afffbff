using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down how a relationship bound by an earlier clause is matched again: ProjectEndpoints binds (or checks)
// its ends from the relationship itself, before any expansion, instead of scanning nodes for it.
public sealed class BoundRelationshipPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_bound_relationship_projects_its_ends_then_expands_from_them()
    {
        const string query = "MATCH (:Ministry {id: 'm2'})-[r:PART_OF]->() WITH r MATCH (x)-[r]->(s:State)<-[:PART_OF]-(m) RETURN x.id, m.id";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("project-endpoints"));
        var operators = _db.Run("EXPLAIN " + query).Records.Select(r => (string)r["Operator"]!).ToList();
        Assert.DoesNotContain("AllNodesScan", operators);
        // The second MATCH starts from its argument row: ProjectEndpoints is its leaf's parent.
        Assert.Equal("Argument", operators[operators.IndexOf("ProjectEndpoints") + 1]);
    }

    [Fact]
    public void An_undirected_pattern_binds_both_orientations_and_a_self_loop_once()
    {
        // s1 has one TRADES_WITH self-loop and trades with s2 and s4 both ways.
        Assert.Equal(1L, _db.Scalar("MATCH (:State {id: 's1'})-[r:TRADES_WITH]->(:State {id: 's1'}) WITH r MATCH (a)-[r]-(b) RETURN count(*)"));
        Assert.Equal(2L, _db.Scalar("MATCH (:State {id: 's1'})-[r:TRADES_WITH]->(:State {id: 's2'}) WITH r MATCH (a)-[r]-(b) RETURN count(*)"));
        Assert.Equal(0L, _db.Scalar("MATCH (:State {id: 's1'})-[r:TRADES_WITH]->(:State {id: 's2'}) WITH r MATCH (a)-[r:PART_OF]-(b) RETURN count(*)"));
    }

    [Fact]
    public void Profile_counts_the_rows_a_plain_run_returns()
    {
        const string query = "MATCH ()-[r:TRADES_WITH]->() WITH r MATCH (x)-[r]-(y) RETURN x.id, y.id";
        var rows = _db.Run(query).Records.Count;
        var profile = _db.Run("PROFILE " + query).Records;
        Assert.Equal((long)rows, profile[0]["Rows"]);
        Assert.Equal((long)rows, profile.Single(r => (string)r["Operator"]! == "ProjectEndpoints")["Rows"]);
    }
}
