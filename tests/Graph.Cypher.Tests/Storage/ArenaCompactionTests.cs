using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Records;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down property-arena garbage reclamation: a commit compacts once garbage outweighs live blocks, values survive, old snapshots keep reading their arena.
public sealed class ArenaCompactionTests
{
    [Fact]
    public void Repeated_updates_are_compacted_and_every_value_survives()
    {
        using var store = new GraphStore();
        var (a, b, r) = (0L, 0L, 0L);
        Commit(store, tx =>
        {
            a = tx.CreateNode(["N"], Props(("text", Big(0)), ("list", new object[] { 1L, "x" })));
            b = tx.CreateNode(["N"], None);
            r = tx.CreateRelationship(a, b, "R", Props(("w", 2.5), ("flag", true)));
        });
        var early = store.Snapshot();

        for (var i = 1; i <= 120; i++)
        {
            Commit(store, tx => tx.SetNodeProperty(a, "text", Big(i)));
        }

        var state = store.CurrentState;
        var view = store.Snapshot();
        // 120 blocks of ~100 KB were written; without compaction the arena would hold all of them.
        Assert.True(state.Arena!.Size < 8 << 20, $"arena holds {state.Arena.Size} bytes");
        Assert.True(state.LiveBlockBytes <= state.Arena.Size);
        Assert.Equal(Big(120), view.NodeProperty(a, "text"));
        Assert.Equal(new object[] { 1L, "x" }, view.NodeProperty(a, "list"));
        Assert.Equal(["text", "list"], view.NodeProperties(a).Keys);
        Assert.Equal(2.5, view.RelationshipProperty(r, "w"));
        Assert.Equal(true, view.RelationshipProperty(r, "flag"));
        Assert.Empty(view.NodeProperties(b));
        Assert.Equal([r], view.RelationshipsOf(a, Direction.Outgoing, ["R"]));
        Assert.Equal(Big(0), early.NodeProperty(a, "text"));
    }

    [Fact]
    public void Live_bytes_follow_creates_updates_and_deletes()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode(["N"], Props(("name", "abc"))));
        var afterCreate = store.CurrentState.LiveBlockBytes;
        Commit(store, tx => tx.SetNodeProperty(a, "name", "abcdef"));
        var afterUpdate = store.CurrentState.LiveBlockBytes;
        Commit(store, tx => tx.DeleteNode(a));

        // count 1 + key 1 + tag 1 + length 1 + 3 bytes of UTF-8; then 3 bytes longer; then nothing.
        Assert.Equal(7, afterCreate);
        Assert.Equal(10, afterUpdate);
        Assert.Equal(0, store.CurrentState.LiveBlockBytes);
    }

    [Fact]
    public void Replaced_lists_count_as_garbage_and_are_compacted()
    {
        using var store = new GraphStore();
        var a = Commit(store, tx => tx.CreateNode(["N"], Props(("list", new object[] { 0L }))));
        Assert.Equal(4 + PropertyArena.SideObjectWeight, store.CurrentState.LiveBlockBytes);

        for (var i = 1; i <= 200_000; i += 1000)
        {
            Commit(store, tx =>
            {
                for (var k = i; k < i + 1000; k++)
                {
                    tx.SetNodeProperty(a, "list", new object[] { (long)k });
                }
            });
        }

        // 200,000 replaced lists weigh ~7 MB; compaction keeps the table near the one live list.
        Assert.True(store.CurrentState.Arena!.Size < 6 << 20, $"arena weighs {store.CurrentState.Arena.Size}");
        Assert.Equal(new object[] { 200_000L }, store.Snapshot().NodeProperty(a, "list"));
    }

    private static string Big(int n) => n + new string('v', 100_000);
}
