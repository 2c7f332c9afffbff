using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;
using Graph.Cypher.Storage.Records;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down adjacency entries that carry each relationship's other end and type: every writer keeps them right, readers need nothing else.
public sealed class AdjacencyEntryTests
{
    [Fact]
    public void Created_relationships_are_entered_at_both_ends_with_other_end_and_type()
    {
        using var store = new GraphStore();
        var (a, b, c, ab, ca, ac) = (0L, 0L, 0L, 0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode([], None);
            b = tx.CreateNode([], None);
            c = tx.CreateNode([], None);
            ab = tx.CreateRelationship(a, b, "KNOWS", None);
            ca = tx.CreateRelationship(c, a, "LIKES", None);
            ac = tx.CreateRelationship(a, c, "LIKES", None);
        });
        var (knows, likes) = (store.Tokens.Types.Find("KNOWS")!.Value, store.Tokens.Types.Find("LIKES")!.Value);

        Assert.Equal([new(ab, b, knows), new(ac, c, likes)], Outgoing(store, a));
        Assert.Equal([new AdjacencyEntry(ca, c, likes)], Incoming(store, a));
        Assert.Equal([new AdjacencyEntry(ab, a, knows)], Incoming(store, b));
        Assert.Equal([new AdjacencyEntry(ca, a, likes)], Outgoing(store, c));
        Assert.Equal([new AdjacencyEntry(ac, a, likes)], Incoming(store, c));
        Assert.Equal([new Hop(ac, c), new Hop(ca, c), new Hop(ab, b)], Expand(store.Snapshot(), a, Direction.Both, null));
        Assert.Equal([new Hop(ac, c)], Expand(store.Snapshot(), a, Direction.Outgoing, ["LIKES"]));
        Assert.Equal([new Hop(ca, c)], Expand(store.Snapshot(), a, Direction.Incoming, ["LIKES", "KNOWS"]));
    }

    [Fact]
    public void Deleting_a_relationship_removes_its_entries_and_keeps_the_others_in_order()
    {
        using var store = new GraphStore();
        var (a, b, r1, r2, r3) = (0L, 0L, 0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode([], None);
            b = tx.CreateNode([], None);
            r1 = tx.CreateRelationship(a, b, "R", None);
            r2 = tx.CreateRelationship(a, b, "S", None);
            r3 = tx.CreateRelationship(a, b, "R", None);
        });
        Commit(store, tx => tx.DeleteRelationship(r2));
        var r = store.Tokens.Types.Find("R")!.Value;

        Assert.Equal([new(r1, b, r), new(r3, b, r)], Outgoing(store, a));
        Assert.Equal([new(r1, a, r), new(r3, a, r)], Incoming(store, b));
        Assert.Empty(Expand(store.Snapshot(), a, Direction.Outgoing, ["S"]));
        Assert.Equal(0, store.Snapshot().Degree(b, Direction.Both, ["S"]));
        Assert.Equal(2, store.Snapshot().Degree(b, Direction.Both, ["R", "S"]));
    }

    [Fact]
    public void A_self_loop_is_in_both_lists_and_expands_once_for_both_directions()
    {
        using var store = new GraphStore();
        var (a, b, loop, ab) = (0L, 0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode([], None);
            b = tx.CreateNode([], None);
            loop = tx.CreateRelationship(a, a, "L", None);
            ab = tx.CreateRelationship(a, b, "L", None);
        });
        var l = store.Tokens.Types.Find("L")!.Value;
        var view = store.Snapshot();

        Assert.Equal([new(loop, a, l), new(ab, b, l)], Outgoing(store, a));
        Assert.Equal([new AdjacencyEntry(loop, a, l)], Incoming(store, a));
        Assert.Equal([new Hop(ab, b), new Hop(loop, a)], Expand(view, a, Direction.Both, ["L"]));
        Assert.Equal([new Hop(loop, a)], Expand(view, a, Direction.Incoming, null));
        Assert.Equal([ab, loop], view.RelationshipsOf(a, Direction.Both, null));
        Assert.Equal(2, view.Degree(a, Direction.Both, null));
        Assert.Equal(2, view.Degree(a, Direction.Both, ["L"]));
        Assert.Equal(1, view.Degree(a, Direction.Incoming, ["L"]));
    }

    [Fact]
    public void Node_and_relationship_ids_past_int_range_widen_the_entries()
    {
        using var store = new GraphStore();
        var firstNode = (long)int.MaxValue - 1;
        var firstRelationship = (long)int.MaxValue + 5;
        store.SetNextIds(firstNode, firstRelationship);
        var (a, b, c, ab, ca) = (0L, 0L, 0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode([], None);
            b = tx.CreateNode([], None);
            c = tx.CreateNode([], None);
            ab = tx.CreateRelationship(a, b, "R", None);
            ca = tx.CreateRelationship(c, a, "S", None);
        });
        var (r, s) = (store.Tokens.Types.Find("R")!.Value, store.Tokens.Types.Find("S")!.Value);

        Assert.True(c > int.MaxValue && ab > int.MaxValue);
        Assert.Equal([new AdjacencyEntry(ab, b, r)], Outgoing(store, a));
        Assert.Equal([new AdjacencyEntry(ca, c, s)], Incoming(store, a));
        Assert.Equal([new Hop(ca, c), new Hop(ab, b)], Expand(store.Snapshot(), a, Direction.Both, null));
        Assert.Equal([new Hop(ca, a)], Expand(store.Snapshot(), c, Direction.Outgoing, ["S"]));
    }

    [Fact]
    public void Only_the_other_end_past_int_range_still_widens()
    {
        var adjacency = Adjacency.Empty.CopyFor(new object());
        var far = (long)uint.MaxValue + 3;

        adjacency.Add(outgoing: true, 1, 2, 0);
        adjacency.Add(outgoing: true, 3, far, 1);
        adjacency.Remove(outgoing: true, 1);

        Assert.Equal(new AdjacencyEntry(3, far, 1), adjacency.Outgoing(0));
        Assert.Equal(1, adjacency.OutCount);
    }

    [Fact]
    public void Deferred_and_incremental_builds_give_equal_entries()
    {
        var random = new Random(11);
        var edges = Enumerable.Range(0, 2000).Select(_ => (Start: (long)random.Next(0, 100), End: (long)random.Next(0, 100), Type: random.Next(0, 3))).ToList();
        string Dump(bool defer)
        {
            using var store = new GraphStore();
            foreach (var name in new[] { "A", "B", "C" })
            {
                store.Tokens.Types.GetOrAdd(name);
            }

            var builder = new SnapshotStateBuilder(store.Tokens, defer);
            for (var n = 0; n < 100; n++)
            {
                builder.AddNode(n, [], []);
            }

            for (var i = 0; i < edges.Count; i++)
            {
                builder.AddRelationship(i, edges[i].Start, edges[i].End, edges[i].Type, []);
            }

            store.Restore(builder.Build());
            return string.Join("\n", Enumerable.Range(0, 100).Select(n => $"{n}: {string.Join(",", Outgoing(store, n))} | {string.Join(",", Incoming(store, n))}"));
        }

        var deferred = Dump(defer: true);
        Assert.Equal(Dump(defer: false), deferred);
        // Spot check against the input itself, not only one build against the other.
        var first = edges[0];
        Assert.Contains($"AdjacencyEntry {{ Relationship = 0, Other = {first.End}, Type = {first.Type} }}", deferred);
    }

    [Fact]
    public void A_writer_copies_before_changing_so_snapshots_and_savepoints_keep_their_entries()
    {
        using var store = new GraphStore();
        var (a, b, ab) = (0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode([], None);
            b = tx.CreateNode([], None);
            ab = tx.CreateRelationship(a, b, "R", None);
        });
        var r = store.Tokens.Types.Find("R")!.Value;
        var before = store.Snapshot();
        var published = store.CurrentState.Nodes.Get(a).Adjacency;

        var ba = 0L;
        using (var tx = store.BeginWrite())
        {
            ba = tx.CreateRelationship(b, a, "S", None);
            var savepoint = tx.Savepoint();
            tx.DeleteRelationship(ab);
            tx.CreateRelationship(a, a, "T", None);
            tx.RollbackTo(savepoint);

            Assert.Equal([new Hop(ba, b), new Hop(ab, b)], Expand(tx, a, Direction.Both, null));
            tx.DeleteRelationship(ab);
            Assert.Equal([new Hop(ba, b)], Expand(tx, a, Direction.Both, null));
            tx.Commit();
        }

        // The adjacency object the earlier state published was never edited in place.
        Assert.Equal((1, 0), (published.OutCount, published.InCount));
        Assert.Equal(new AdjacencyEntry(ab, b, r), published.Outgoing(0));
        Assert.Empty(Outgoing(store, a));
        Assert.Equal([new AdjacencyEntry(ba, b, store.Tokens.Types.Find("S")!.Value)], Incoming(store, a));
        Assert.Equal([new Hop(ab, b)], Expand(before, a, Direction.Both, null));
        Assert.Equal(1, before.Degree(a, Direction.Both, null));
    }

    [Fact]
    public void Committed_adjacency_keeps_no_spare_capacity()
    {
        using var store = new GraphStore();
        var (hub, leaf) = (0L, 0L);
        Commit(store, tx =>
        {
            hub = tx.CreateNode([], None);
            leaf = tx.CreateNode([], None);
            for (var i = 0; i < 5; i++)
            {
                tx.CreateRelationship(hub, leaf, "R", None);
            }
        });

        var hubAdjacency = store.CurrentState.Nodes.Get(hub).Adjacency;
        var leafAdjacency = store.CurrentState.Nodes.Get(leaf).Adjacency;
        Assert.Equal((5, 5), (hubAdjacency.OutCount, leafAdjacency.InCount));
        Assert.Equal(0, hubAdjacency.SpareCapacity);
        Assert.Equal(0, leafAdjacency.SpareCapacity);
        Assert.Equal(5, store.Snapshot().Degree(leaf, Direction.Both, ["R"]));
    }

    private static List<AdjacencyEntry> Outgoing(GraphStore store, long node)
    {
        var adjacency = store.CurrentState.Nodes.Get(node).Adjacency;
        return Enumerable.Range(0, adjacency.OutCount).Select(adjacency.Outgoing).ToList();
    }

    private static List<AdjacencyEntry> Incoming(GraphStore store, long node)
    {
        var adjacency = store.CurrentState.Nodes.Get(node).Adjacency;
        return Enumerable.Range(0, adjacency.InCount).Select(adjacency.Incoming).ToList();
    }

    private static List<Hop> Expand(IGraphView view, long node, Direction direction, IReadOnlyList<string>? types)
    {
        var hops = new HopBuffer();
        view.Expand(node, direction, view.ResolveTypes(types), hops);
        return Enumerable.Range(0, hops.Count).Select(i => hops[i]).ToList();
    }
}
