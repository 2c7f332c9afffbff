using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down entity reads and writes: properties, labels, deletion errors, adjacency, degree and token indexes.
public sealed class EntityTests
{
    [Fact]
    public void Property_keys_keep_first_set_order_and_null_removes()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var n = tx.CreateNode([], Props(("b", 1L), ("a", "x")));
        tx.SetNodeProperty(n, "c", true);
        tx.SetNodeProperty(n, "b", 2L);
        tx.SetNodeProperty(n, "a", null);
        Assert.Equal(["b", "c"], tx.NodeProperties(n).Keys);
        Assert.Equal(2L, tx.NodeProperty(n, "b"));
        Assert.Null(tx.NodeProperty(n, "a"));
        Assert.Null(tx.NodeProperty(n, "never"));
    }

    [Fact]
    public void Stores_temporals_and_lists()
    {
        using var store = new GraphStore();
        var date = new CypherDate(new DateOnly(2023, 4, 12));
        var n = Commit(store, tx => tx.CreateNode([], Props(("d", date), ("tags", new List<object?> { "a", "b" }), ("i", 3))));
        var view = store.Snapshot();
        Assert.Equal(date, view.NodeProperty(n, "d"));
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(view.NodeProperty(n, "tags")));
        Assert.Equal(3L, view.NodeProperty(n, "i"));
    }

    [Fact]
    public void Reading_a_node_deleted_in_this_transaction_throws_EntityNotFound()
    {
        using var store = new GraphStore();
        var n = Commit(store, tx => tx.CreateNode(["A"], None));
        using var tx = store.BeginWrite();
        tx.DeleteNode(n);
        Assert.True(tx.IsNodeDeleted(n));
        Assert.False(tx.NodeExists(n));
        var error = Assert.Throws<GraphException>(() => tx.NodeLabels(n));
        Assert.Equal(ErrorCodes.EntityNotFound, error.Code);
        Assert.Equal($"Node with id {n} has been deleted in this transaction", error.Message);
        Assert.False(store.Snapshot().IsNodeDeleted(n));
    }

    [Fact]
    public void Reading_a_relationship_deleted_in_this_transaction_throws_EntityNotFound()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], None);
        var r = tx.CreateRelationship(a, a, "SELF", None);
        tx.DeleteRelationship(r);
        Assert.True(tx.IsRelationshipDeleted(r));
        var error = Assert.Throws<GraphException>(() => tx.RelationshipType(r));
        Assert.Equal(ErrorCodes.EntityNotFound, error.Code);
        Assert.Equal(0, tx.Degree(a, Direction.Both, null));
    }

    [Fact]
    public void Deleting_a_node_with_relationships_fails_with_Neo4j_message()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], None);
        var b = tx.CreateNode([], None);
        tx.CreateRelationship(a, b, "R", None);
        var error = Assert.Throws<GraphException>(() => tx.DeleteNode(b));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal($"Cannot delete node<{b}>, because it still has relationships. To delete this node, you must first delete its relationships.", error.Message);
        Assert.True(tx.NodeExists(b));
    }

    [Fact]
    public void Adjacency_and_degree_with_self_loops_and_type_filters()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([], None);
        var b = tx.CreateNode([], None);
        var ab = tx.CreateRelationship(a, b, "KNOWS", None);
        var ba = tx.CreateRelationship(b, a, "LIKES", None);
        var aa = tx.CreateRelationship(a, a, "KNOWS", None);

        Assert.Equal([aa, ab], tx.RelationshipsOf(a, Direction.Outgoing, null));
        Assert.Equal([aa, ba], tx.RelationshipsOf(a, Direction.Incoming, null));
        // Newest first, both directions in one chain as Neo4j lists them; the self-loop once.
        Assert.Equal([aa, ba, ab], tx.RelationshipsOf(a, Direction.Both, null));
        Assert.Equal(3, tx.Degree(a, Direction.Both, null));
        Assert.Equal(2, tx.Degree(a, Direction.Outgoing, null));
        Assert.Equal(2, tx.Degree(a, Direction.Both, ["KNOWS"]));
        Assert.Equal([ba], tx.RelationshipsOf(a, Direction.Both, ["LIKES"]));
        Assert.Empty(tx.RelationshipsOf(a, Direction.Both, ["NOPE"]));
        Assert.Equal(a, tx.StartNode(aa));
        Assert.Equal(a, tx.EndNode(aa));
        Assert.Equal([ab, aa], tx.RelationshipsWithType("KNOWS"));
    }

    [Fact]
    public void Label_index_follows_label_changes()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], None);
        var b = tx.CreateNode(["A", "B"], None);
        Assert.True(tx.AddLabel(a, "B"));
        Assert.False(tx.AddLabel(a, "B"));
        Assert.True(tx.RemoveLabel(b, "A"));
        Assert.False(tx.RemoveLabel(b, "Z"));
        Assert.Equal([a], tx.NodesWithLabel("A"));
        Assert.Equal([a, b], tx.NodesWithLabel("B"));
        Assert.Equal(2, tx.CountNodesWithLabel("B"));
        Assert.Equal(0, tx.CountNodesWithLabel("Unknown"));
        Assert.True(tx.NodeHasLabel(a, "B"));
    }

    [Fact]
    public void Catalogue_lists_are_sorted()
    {
        using var store = new GraphStore();
        Commit(store, tx =>
        {
            var a = tx.CreateNode(["Zeta", "Alpha"], Props(("z", 1L), ("a", 1L)));
            tx.CreateRelationship(a, a, "Y_TYPE", None);
            tx.CreateRelationship(a, a, "A_TYPE", None);
        });
        var view = store.Snapshot();
        Assert.Equal(["Alpha", "Zeta"], view.LabelsInUse());
        Assert.Equal(["A_TYPE", "Y_TYPE"], view.RelationshipTypesInUse());
        Assert.Equal(["a", "z"], view.PropertyKeysInUse());
    }

    [Fact]
    public void Unknown_node_id_gives_EntityNotFound()
    {
        using var store = new GraphStore();
        var error = Assert.Throws<GraphException>(() => store.Snapshot().NodeLabels(42));
        Assert.Equal(ErrorCodes.EntityNotFound, error.Code);
    }

    [Fact]
    public void Fresh_store_has_Neo4j_default_lookup_indexes()
    {
        using var store = new GraphStore();
        var indexes = store.Snapshot().Indexes;
        Assert.Contains(indexes, i => i.Name == "index_343aff4e" && i.Kind == IndexKind.Lookup && !i.OnRelationships);
        Assert.Contains(indexes, i => i.Name == "index_f7700477" && i.Kind == IndexKind.Lookup && i.OnRelationships);
    }

    [Fact]
    public void Deleting_twice_in_one_transaction_is_a_no_op()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode(["A"], None);
        var r = tx.CreateRelationship(a, a, "R", None);
        tx.DeleteRelationship(r);
        tx.DeleteRelationship(r);
        tx.DeleteNode(a);
        tx.DeleteNode(a);
        Assert.Equal(0, tx.NodeCount);
        Assert.Equal(0, tx.RelationshipCount);
        Assert.Throws<GraphException>(() => tx.SetNodeProperty(a, "k", 1L));
        Assert.Throws<GraphException>(() => tx.CreateRelationship(a, a, "R", None));
    }

    [Fact]
    public void Writer_can_delete_while_iterating_all_nodes()
    {
        using var store = new GraphStore();
        using var tx = store.BeginWrite();
        for (var i = 0; i < 3000; i++)
        {
            tx.CreateNode(["N"], None);
        }

        foreach (var id in tx.AllNodes())
        {
            tx.DeleteNode(id);
        }

        foreach (var id in tx.NodesWithLabel("N"))
        {
            Assert.Fail($"node {id} should be gone");
        }

        Assert.Equal(0, tx.NodeCount);
        Assert.Empty(tx.AllNodes());
    }
}
