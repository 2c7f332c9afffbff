using Graph.Core.Errors;

namespace Graph.Cypher.Tests.Execution;

// Locks down CREATE, MERGE, SET, REMOVE, DELETE and FOREACH, with Neo4j's update counters.
public sealed class WriteClauseTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Create_counts_nodes_labels_properties_and_relationships()
    {
        var c = _db.Run("CREATE (a:Person {name: 'A'})-[:KNOWS {since: 2001}]->(b:Person:Admin {name: 'B'})").Counters;
        Assert.Equal(2, c.NodesCreated);
        Assert.Equal(3, c.LabelsAdded);
        Assert.Equal(3, c.PropertiesSet);
        Assert.Equal(1, c.RelationshipsCreated);
    }

    [Fact]
    public void Merge_creates_once_then_matches()
    {
        var first = _db.Run("MERGE (p:Person {name: 'Keanu'}) ON CREATE SET p.created = true ON MATCH SET p.seen = true RETURN p.created, p.seen").Records.Single();
        Assert.Equal(true, first[0]);
        Assert.Null(first[1]);
        var second = _db.Run("MERGE (p:Person {name: 'Keanu'}) ON CREATE SET p.created = false ON MATCH SET p.seen = true RETURN p.created, p.seen").Records.Single();
        Assert.Equal(true, second[0]);
        Assert.Equal(true, second[1]);
        Assert.Equal(1L, _db.Scalar("MATCH (p:Person) RETURN count(p)"));
    }

    [Fact]
    public void Merge_sees_nodes_created_by_earlier_rows()
    {
        _db.Run("UNWIND ['x', 'y', 'x'] AS name MERGE (:City {name: name})");
        Assert.Equal(2L, _db.Scalar("MATCH (c:City) RETURN count(c)"));
    }

    [Fact]
    public void Merge_relationship_between_bound_nodes_is_created_once()
    {
        _db.Run("CREATE (:A {id: 1}), (:B {id: 2})");
        _db.Run("MATCH (a:A), (b:B) MERGE (a)-[:R]->(b)");
        var c = _db.Run("MATCH (a:A), (b:B) MERGE (a)-[:R]->(b)").Counters;
        Assert.Equal(0, c.RelationshipsCreated);
        Assert.Equal(1L, _db.Scalar("MATCH ()-[r:R]->() RETURN count(r)"));
    }

    [Fact]
    public void Incoming_create_points_at_the_left_node()
    {
        _db.Run("CREATE (:L {id: 'left'})<-[:R]-(:S {id: 'right'})");
        Assert.Equal(["right"], _db.Column("MATCH (s)-[:R]->(:L) RETURN s.id"));
    }

    [Fact]
    public void Undirected_merge_matches_either_direction_and_creates_left_to_right()
    {
        _db.Run("CREATE (:A {id: 1}), (:B {id: 2})");
        _db.Run("MATCH (a:A), (b:B) MERGE (b)-[:R]-(a)");
        Assert.Equal(0, _db.Run("MATCH (a:A), (b:B) MERGE (a)-[:R]-(b)").Counters.RelationshipsCreated);
        Assert.Equal(["B"], _db.Column("MATCH (x)-[:R]->() RETURN labels(x)[0]"));
    }

    [Fact]
    public void Merge_with_null_property_fails()
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run("MERGE (p:Person {name: null})"));
        Assert.Contains("null property value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_a_relationship_to_a_null_node_fails()
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run("OPTIONAL MATCH (a:Missing) CREATE (a)-[r:R]->(:B)"));
        Assert.Contains("node `a` is missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Set_null_removes_property_and_plus_equals_merges_map()
    {
        _db.Run("CREATE (:N {a: 1, b: 2})");
        _db.Run("MATCH (n:N) SET n.a = null");
        _db.Run("MATCH (n:N) SET n += {c: 3}");
        var keys = Assert.IsAssignableFrom<IReadOnlyList<object?>>(_db.Scalar("MATCH (n:N) RETURN keys(n)"));
        Assert.Equal(["b", "c"], keys.Cast<string>().Order());
    }

    [Fact]
    public void Set_equals_map_replaces_all_properties()
    {
        _db.Run("CREATE (:N {a: 1, b: 2})");
        _db.Run("MATCH (n:N) SET n = {z: 9}");
        Assert.Null(_db.Scalar("MATCH (n:N) RETURN n.a"));
        Assert.Equal(9L, _db.Scalar("MATCH (n:N) RETURN n.z"));
    }

    [Fact]
    public void Labels_are_added_and_removed_with_counters()
    {
        _db.Run("CREATE (:N)");
        Assert.Equal(2, _db.Run("MATCH (n:N) SET n:X:Y").Counters.LabelsAdded);
        Assert.Equal(1, _db.Run("MATCH (n:N) REMOVE n:X").Counters.LabelsRemoved);
        Assert.Equal(["N", "Y"], ((IReadOnlyList<object?>)_db.Scalar("MATCH (n:N) RETURN labels(n)")!).Cast<string>().Order());
    }

    [Fact]
    public void Deleting_a_node_with_relationships_fails_and_changes_nothing()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        var ex = Assert.Throws<GraphException>(() => _db.Run("MATCH (a:A) DELETE a"));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
        Assert.Equal(2L, _db.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Delete_node_and_its_relationship_in_either_order_succeeds()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        var c = _db.Run("MATCH (a:A)-[r]->() DELETE a, r").Counters;
        Assert.Equal(1, c.NodesDeleted);
        Assert.Equal(1, c.RelationshipsDeleted);
    }

    [Fact]
    public void Detach_delete_removes_relationships_too()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        var c = _db.Run("MATCH (n) DETACH DELETE n").Counters;
        Assert.Equal(2, c.NodesDeleted);
        Assert.Equal(1, c.RelationshipsDeleted);
    }

    [Fact]
    public void Reading_a_deleted_node_property_is_an_error()
    {
        _db.Run("CREATE (:A {x: 1})");
        var ex = Assert.Throws<GraphException>(() => _db.Run("MATCH (n:A) DELETE n RETURN n.x"));
        Assert.Equal("Neo.ClientError.Statement.EntityNotFound", ex.Code);
    }

    [Fact]
    public void Reading_a_deleted_relationship_property_is_an_error()
    {
        _db.Run("CREATE (:A)-[:R {w: 1}]->(:B)");
        var ex = Assert.Throws<GraphException>(() => _db.Run("MATCH ()-[r:R]->() DELETE r RETURN r.w"));
        Assert.Equal("Neo.ClientError.Statement.EntityNotFound", ex.Code);
        Assert.Equal(1L, _db.Scalar("MATCH ()-[r:R]->() RETURN count(r)"));
    }

    [Fact]
    public void Counting_deleted_rows_is_allowed()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        Assert.Equal(2L, _db.Scalar("MATCH (n) DETACH DELETE n RETURN count(n)"));
    }

    [Fact]
    public void Foreach_runs_updates_per_element()
    {
        _db.Run("FOREACH (x IN [1, 2, 3] | CREATE (:F {v: x}))");
        Assert.Equal(6L, _db.Scalar("MATCH (f:F) RETURN sum(f.v)"));
    }

    [Fact]
    public void Match_then_create_does_not_see_its_own_nodes()
    {
        _db.Run("CREATE (:N), (:N)");
        _db.Run("MATCH (n:N) CREATE (:N)");
        Assert.Equal(4L, _db.Scalar("MATCH (n:N) RETURN count(n)"));
    }
}
