using Graph.Cypher.Storage;
using static Graph.Cypher.Tests.Storage.StoreTestData;

namespace Graph.Cypher.Tests.Storage;

// Locks down that readers of published states see consistent property blocks while the writer keeps appending to the shared arena (chunk growth included).
public sealed class ArenaConcurrencyTests
{
    [Fact]
    public async Task Readers_see_consistent_blocks_while_the_writer_grows_the_arena()
    {
        using var store = new GraphStore();
        var node = Commit(store, tx => tx.CreateNode(["N"], Props(("n", 0L), ("text", Text(0)))));
        var first = store.Snapshot();
        const int commits = 600;
        var failures = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var view = store.Snapshot();
                var n = (long)view.NodeProperty(node, "n")!;
                if (!Equals(view.NodeProperty(node, "text"), Text(n)) || !Equals(first.NodeProperty(node, "text"), Text(0)))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        for (var i = 1; i <= commits; i++)
        {
            Commit(store, tx =>
            {
                tx.SetNodeProperty(node, "text", Text(i));
                tx.SetNodeProperty(node, "n", (long)i);
            });
        }

        done.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
        Assert.Equal(Text(commits), store.Snapshot().NodeProperty(node, "text"));
    }

    // Long, varying strings: 600 commits write several megabytes, so the arena adds chunks while readers read.
    private static string Text(long n) => n + ":" + new string((char)('a' + (n % 26)), (int)(n * 7 % 5000));
}
