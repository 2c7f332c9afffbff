using Graph.Core.Errors;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down recovery's fast path: create-only transactions after the snapshot are appended in bulk,
// and the first other transaction (a property change, a delete, a schema change) hands over to the
// ordinary replay; either way the reopened store is exactly what was committed, indexes included.
public sealed class BulkReplayTests : IDisposable
{
    private static readonly DurabilityOptions Manual = new() { BackgroundCheckpoints = false };
    private static readonly Dictionary<string, object?> None = [];
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Reopening_after_creates_then_other_changes_restores_the_committed_state(bool checkpointFirst, bool laterChanges)
    {
        string before;
        using (var store = DurableGraphStore.Open(_dir.Path, Manual))
        {
            Commit(store, tx => tx.CreateConstraint(new ConstraintDefinition("city_id", ConstraintType.Uniqueness, false, "City", ["id"]), false, out _));
            var first = Commit(store, tx => tx.CreateNode(["City"], Props("id", "c0", "name", "Zero")));
            if (checkpointFirst)
            {
                store.Checkpoint();
            }

            long previous = first;
            for (var i = 1; i <= 40; i++)
            {
                var at = previous;
                previous = Commit(store, tx =>
                {
                    var node = tx.CreateNode(["City"], Props("id", $"c{i}", "name", $"City {i}"));
                    tx.CreateRelationship(at, node, "ROAD", Props("km", (long)i));
                    return node;
                });
            }

            if (laterChanges)
            {
                Commit(store, tx =>
                {
                    tx.SetNodeProperty(first, "name", "Renamed");
                    return 0L;
                });
                Commit(store, tx => tx.CreateNode(["City"], Props("id", "late", "name", "Late")));
                Commit(store, tx =>
                {
                    tx.CreateIndex(new IndexDefinition("city_name", IndexKind.Range, false, ["City"], ["name"]), false, out _);
                    return 0L;
                });
                Commit(store, tx => tx.CreateNode(["City"], Props("id", "after-index", "name", "Indexed")));
            }

            before = StoreDump.Of(store.Snapshot());
        }

        using var reopened = DurableGraphStore.Open(_dir.Path, Manual);
        var view = reopened.Snapshot();
        Assert.Equal(before, StoreDump.Of(view));
        Assert.Single(view.SeekNodes("City", "id", "c17")!);
        if (laterChanges)
        {
            Assert.Single(view.SeekNodes("City", "name", "Indexed")!);
        }

        using var tx = reopened.BeginWrite();
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, Assert.Throws<GraphException>(() => tx.CreateNode(["City"], Props("id", "c40"))).Code);
        var fresh = tx.CreateNode(["City"], Props("id", "new"));
        Assert.False(view.NodeExists(fresh), "a new node must not reuse a logged id");
    }

    private static long Commit(DurableGraphStore store, Func<IWriteTransaction, long> edit)
    {
        using var tx = store.BeginWrite();
        var result = edit(tx);
        tx.Commit();
        return result;
    }

    private static long Commit(DurableGraphStore store, Action<IWriteTransaction> edit) => Commit(store, tx =>
    {
        edit(tx);
        return 0L;
    });

    private static Dictionary<string, object?> Props(params object[] pairs)
    {
        var result = new Dictionary<string, object?>(None);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            result[(string)pairs[i]] = pairs[i + 1];
        }

        return result;
    }
}
