using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Records;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down the compact record layout: copy-on-write slot pages, label-set interning and int-packed adjacency entries that widen past int ids.
public sealed class RecordLayoutTests
{
    [Fact]
    public void Frozen_slot_table_does_not_see_later_writes()
    {
        var builder = new RecordTableBuilder<RelationshipSlot>(RecordTable<RelationshipSlot>.Empty);
        builder.Set(3, new RelationshipSlot(1, 2, 0, PropertyArena.EmptyBlock));
        var first = builder.Freeze();

        builder.Set(3, new RelationshipSlot(5, 6, 1, PropertyArena.EmptyBlock));
        builder.Set(2000, new RelationshipSlot(7, 8, 2, PropertyArena.EmptyBlock));
        var second = builder.Freeze();
        builder.Set(3, default);

        Assert.Equal(1, first.Get(3).Start);
        Assert.False(first.Get(2000).Present);
        Assert.Equal(5, second.Get(3).Start);
        Assert.Equal(2, second.Get(2000).Type);
        Assert.False(builder.Get(3).Present);
        Assert.Equal([3L], first.Ids());
        Assert.Equal([3L, 2000L], second.Ids());
    }

    [Fact]
    public void Default_slots_are_absent_and_negative_ids_are_not_found()
    {
        var table = RecordTable<NodeSlot>.Empty;

        Assert.False(default(NodeSlot).Present);
        Assert.False(default(RelationshipSlot).Present);
        Assert.False(table.Get(-1).Present);
        Assert.True(new NodeSlot(0, PropertyArena.EmptyBlock, Adjacency.Empty).Present);
        Assert.True(new RelationshipSlot(0, 0, 0, PropertyArena.EmptyBlock).Present);
    }

    [Fact]
    public void A_relationship_slot_packs_start_and_type_into_one_word_and_refuses_what_does_not_fit()
    {
        var widest = new RelationshipSlot(RelationshipSlot.StartLimit - 1, long.MaxValue, RelationshipSlot.TypeLimit - 1, long.MaxValue);
        var zero = new RelationshipSlot(0, 0, 0, PropertyArena.EmptyBlock);

        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<RelationshipSlot>());
        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<NodeSlot>());
        Assert.Equal((RelationshipSlot.StartLimit - 1, long.MaxValue, RelationshipSlot.TypeLimit - 1, long.MaxValue), (widest.Start, widest.End, widest.Type, widest.Properties));
        Assert.True(widest.Present);
        Assert.Equal((0L, 0L, 0), (zero.Start, zero.End, zero.Type));
        Assert.Equal(7, widest.WithProperties(7).Properties);
        Assert.Equal(RelationshipSlot.StartLimit - 1, widest.WithProperties(7).Start);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelationshipSlot(RelationshipSlot.StartLimit, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelationshipSlot(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelationshipSlot(0, 0, RelationshipSlot.TypeLimit, 0));
    }

    [Fact]
    public void Label_sets_are_interned_by_exact_sequence()
    {
        var sets = new LabelSetTable();
        int[] input = [3, 1];

        var a = sets.Intern(input);
        input[0] = 9;
        var b = sets.Intern([3, 1]);
        var reversed = sets.Intern([1, 3]);

        Assert.Equal(0, sets.Intern([]));
        Assert.Equal(a, b);
        Assert.NotEqual(a, reversed);
        Assert.Equal([3, 1], sets.Labels(a));
        Assert.True(sets.Contains(a, 1));
        Assert.False(sets.Contains(a, 9));
    }

    [Fact]
    public void Nodes_with_the_same_labels_share_one_label_set()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode(["Person", "Admin"], None));
        var b = Commit(store, tx => tx.CreateNode(["Person", "Admin"], None));
        var c = Commit(store, tx => tx.CreateNode(["Person"], None));
        var personOnly = store.CurrentState.Nodes.Get(c).LabelSet;
        Commit(store, tx => tx.AddLabel(c, "Admin"));

        var nodes = store.CurrentState.Nodes;
        Assert.Equal(nodes.Get(a).LabelSet, nodes.Get(b).LabelSet);
        Assert.NotEqual(nodes.Get(a).LabelSet, personOnly);
        Assert.Equal(nodes.Get(a).LabelSet, nodes.Get(c).LabelSet);
        Assert.Equal(["Person", "Admin"], store.Snapshot().NodeLabels(c));
    }

    [Fact]
    public void Adjacency_copy_is_isolated_and_widens_for_ids_past_int_range()
    {
        var owner = new object();
        var first = Adjacency.Empty.CopyFor(owner);
        first.Add(outgoing: true, 1, 10, 0);
        first.Add(outgoing: true, 2, 20, 1);
        var second = first.CopyFor(new object());
        var wide = (long)int.MaxValue + 10;

        second.Add(outgoing: true, wide, 30, 2);
        second.Remove(outgoing: true, 1);
        second.Add(outgoing: false, wide + 1, wide + 2, 3);

        Assert.Equal(2, first.OutCount);
        Assert.Equal([new AdjacencyEntry(1, 10, 0), new AdjacencyEntry(2, 20, 1)], [first.Outgoing(0), first.Outgoing(1)]);
        Assert.Equal([new AdjacencyEntry(2, 20, 1), new AdjacencyEntry(wide, 30, 2)], [second.Outgoing(0), second.Outgoing(1)]);
        Assert.Equal(new AdjacencyEntry(wide + 1, wide + 2, 3), second.Incoming(0));
        Assert.Equal(0, Adjacency.Empty.Count);
    }

    [Fact]
    public void Relationship_ids_past_int_range_are_stored_and_expanded()
    {
        using var store = new GraphStore();
        var first = (long)int.MaxValue - 1;
        store.SetNextIds(0, first);
        var (a, b) = (0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode(["N"], None);
            b = tx.CreateNode(["N"], None);
            tx.CreateRelationship(a, b, "R", None);
            tx.CreateRelationship(a, b, "R", None);
            tx.CreateRelationship(b, a, "S", None);
        });

        var view = store.Snapshot();
        Assert.Equal([first + 1, first], view.RelationshipsOf(a, Direction.Outgoing, ["R"]));
        Assert.Equal([first + 2], view.RelationshipsOf(a, Direction.Incoming, null));
        Assert.Equal(b, view.EndNode(first + 1));
    }
}
