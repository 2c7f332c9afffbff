using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Tests.Storage;

// Locks down the bulk state builder (snapshot load, bulk import): what it adds reads back through the view, and bad input is rejected.
public sealed class SnapshotStateBuilderTests
{
    [Fact]
    public void Deferred_and_incremental_adjacency_list_the_same_relationships_in_the_same_order()
    {
        var random = new Random(7);
        var edges = Enumerable.Range(0, 3000).Select(_ => (Start: (long)random.Next(0, 200), End: (long)random.Next(0, 200))).ToList();
        string Dump(bool defer)
        {
            using var store = new GraphStore();
            var type = store.Tokens.Types.GetOrAdd("R");
            var builder = new SnapshotStateBuilder(store.Tokens, defer);
            for (var n = 0; n < 200; n++)
            {
                builder.AddNode(n, [], []);
            }

            for (var i = 0; i < edges.Count; i++)
            {
                builder.AddRelationship(i, edges[i].Start, edges[i].End, type, []);
            }

            store.Restore(builder.Build());
            var view = store.Snapshot();
            return string.Join("\n", Enumerable.Range(0, 200).Select(n =>
                $"{n}: {string.Join(",", view.RelationshipsOf(n, Direction.Outgoing, null))} | {string.Join(",", view.RelationshipsOf(n, Direction.Incoming, null))} | {view.Degree(n, Direction.Both, null)}"));
        }

        var deferred = Dump(defer: true);
        Assert.Equal(Dump(defer: false), deferred);
        Assert.Contains("0: ", deferred);
    }

    [Fact]
    public void Built_state_reads_back_labels_properties_and_adjacency()
    {
        using var store = new GraphStore();
        var tokens = store.Tokens;
        var (person, admin) = (tokens.Labels.GetOrAdd("Person"), tokens.Labels.GetOrAdd("Admin"));
        var (name, weight) = (tokens.Keys.GetOrAdd("name"), tokens.Keys.GetOrAdd("weight"));
        var knows = tokens.Types.GetOrAdd("KNOWS");
        var builder = new SnapshotStateBuilder(tokens);

        builder.AddNode(0, [person, admin], [new Property(name, "Ann"), new Property(weight, 1.5)]);
        builder.AddNode(5, [person], []);
        builder.AddRelationship(0, 0, 5, knows, []);
        builder.AddRelationship(1, 5, 5, knows, [new Property(weight, 2L)]);
        store.Restore(builder.Build());

        var view = store.Snapshot();
        Assert.Equal(2, view.NodeCount);
        Assert.Equal(2, view.RelationshipCount);
        Assert.Equal(["Person", "Admin"], view.NodeLabels(0));
        Assert.Equal(["name", "weight"], view.NodeProperties(0).Keys);
        Assert.Equal("Ann", view.NodeProperty(0, "name"));
        Assert.Empty(view.NodeProperties(5));
        Assert.Equal(2L, view.RelationshipProperty(1, "weight"));
        Assert.Equal([0L, 5L], view.NodesWithLabel("Person"));
        Assert.Equal([0L], view.RelationshipsOf(0, Direction.Outgoing, ["KNOWS"]));
        // The self-loop is listed once when both directions are asked for.
        Assert.Equal([1L, 0L], view.RelationshipsOf(5, Direction.Both, null));
        Assert.Equal(2, view.Degree(5, Direction.Incoming, null));
    }

    [Fact]
    public void A_writer_after_the_build_copies_built_adjacency_before_appending()
    {
        using var store = new GraphStore();
        var label = store.Tokens.Labels.GetOrAdd("N");
        var type = store.Tokens.Types.GetOrAdd("R");
        var builder = new SnapshotStateBuilder(store.Tokens);
        builder.AddNode(0, [label], []);
        builder.AddNode(1, [label], []);
        builder.AddRelationship(0, 0, 1, type, []);
        store.Restore(builder.Build());
        store.SetNextIds(2, 1);
        var before = store.Snapshot();

        using (var tx = store.BeginWrite())
        {
            tx.CreateRelationship(0, 1, "R", new Dictionary<string, object?>());
            tx.Commit();
        }

        Assert.Equal([0L], before.RelationshipsOf(0, Direction.Outgoing, null));
        Assert.Equal([1L, 0L], store.Snapshot().RelationshipsOf(0, Direction.Outgoing, null));
    }

    [Fact]
    public void Built_adjacency_is_packed_read_only_and_copied_by_the_first_writer_that_changes_a_node()
    {
        using var store = new GraphStore();
        var label = store.Tokens.Labels.GetOrAdd("N");
        var type = store.Tokens.Types.GetOrAdd("R");
        var builder = new SnapshotStateBuilder(store.Tokens);
        for (var n = 0; n < 4; n++)
        {
            builder.AddNode(n, [label], []);
        }

        builder.AddRelationship(0, 0, 1, type, []);
        builder.AddRelationship(1, 1, 2, type, []);
        builder.AddRelationship(2, 2, 0, type, []);
        builder.AddRelationship(3, 1, 1, type, []);
        store.Restore(builder.Build());
        store.SetNextIds(4, 4);
        var before = store.Snapshot();

        var packed = store.CurrentState.Nodes.Get(1).Adjacency;
        Assert.Null(packed.Owner);
        Assert.Equal((2, 2), (packed.OutCount, packed.InCount));
        Assert.Equal(0, packed.SpareCapacity);
        Assert.Equal([new AdjacencyEntry(1, 2, type), new AdjacencyEntry(3, 1, type)], new[] { packed.Outgoing(0), packed.Outgoing(1) });
        Assert.Throws<InvalidOperationException>(() => packed.Add(outgoing: true, 9, 3, type));
        Assert.Equal(0, store.CurrentState.Nodes.Get(3).Adjacency.Count);

        using (var tx = store.BeginWrite())
        {
            tx.DeleteRelationship(1);
            tx.CreateRelationship(1, 3, "R", new Dictionary<string, object?>());
            tx.AddLabel(2, "M");
            tx.Commit();
        }

        Assert.Equal([3L, 1L], before.RelationshipsOf(1, Direction.Outgoing, null));
        Assert.Equal([2L], before.RelationshipsOf(2, Direction.Outgoing, null));
        var after = store.Snapshot();
        Assert.Equal([4L, 3L], after.RelationshipsOf(1, Direction.Outgoing, null));
        Assert.Empty(after.RelationshipsOf(2, Direction.Incoming, null));
        Assert.Equal([2L], after.RelationshipsOf(2, Direction.Outgoing, null));
        Assert.Equal(1, after.CountRelationships("M", "R", "N"));
        Assert.NotNull(store.CurrentState.Nodes.Get(1).Adjacency.Owner);
    }

    [Fact]
    public void Repeated_ids_unknown_tokens_and_missing_endpoints_are_rejected()
    {
        using var store = new GraphStore();
        var label = store.Tokens.Labels.GetOrAdd("N");
        var type = store.Tokens.Types.GetOrAdd("R");
        var builder = new SnapshotStateBuilder(store.Tokens);
        builder.AddNode(0, [label], []);

        Assert.Throws<InvalidDataException>(() => builder.AddNode(0, [label], []));
        Assert.Throws<InvalidDataException>(() => builder.AddNode(-1, [label], []));
        Assert.Throws<InvalidDataException>(() => builder.AddNode(1, [label + 1], []));
        Assert.Throws<InvalidDataException>(() => builder.AddNode(1, [label], [new Property(0, "no key token 0")]));
        Assert.Throws<InvalidDataException>(() => builder.AddRelationship(0, 0, 7, type, []));
        Assert.Throws<InvalidDataException>(() => builder.AddRelationship(0, 0, 0, type + 1, []));

        var state = builder.Build();
        Assert.Equal(1, state.NodeCount);
        Assert.Equal(0, state.RelationshipCount);
        Assert.False(state.Relationships.Get(0).Present);
    }
}
