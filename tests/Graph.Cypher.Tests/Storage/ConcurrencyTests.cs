using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down that concurrent readers each see one consistent commit while a writer keeps committing.
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_see_consistent_snapshots_while_writer_commits()
    {
        using var store = new GraphStore();
        var hub = Commit(store, tx => tx.CreateNode(["Hub"], Props(("count", 0L))));
        using var stop = new CancellationTokenSource();

        // Invariant of every commit: hub.count == number of Leaf nodes == hub's outgoing degree.
        var writer = Task.Run(() =>
        {
            for (var i = 1; i <= 300; i++)
            {
                using var tx = store.BeginWrite();
                var leaf = tx.CreateNode(["Leaf"], Props(("i", (long)i)));
                tx.CreateRelationship(hub, leaf, "HAS", None);
                tx.SetNodeProperty(hub, "count", (long)i);
                tx.Commit();
            }
        });

        var failures = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var view = store.Snapshot();
                var count = (long)view.NodeProperty(hub, "count")!;
                Thread.SpinWait(50);
                if (view.CountNodesWithLabel("Leaf") != count
                    || view.Degree(hub, Direction.Outgoing, null) != count
                    || view.NodesWithLabel("Leaf").Count() != count
                    || view.RelationshipCount != count)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, failures);
        Assert.Equal(300L, store.Snapshot().NodeProperty(hub, "count"));
    }
}
