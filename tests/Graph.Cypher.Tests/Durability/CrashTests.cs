using Graph.Cypher.Storage;
using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down the crash test: a writer process killed with SIGKILL (mid-commit, mid-checkpoint) loses no
// acknowledged write, half-applies none, and leaves a directory that opens without recovery: the only thing
// ever dropped is an unacknowledged last record, and it is reported.
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 12;
    private readonly TempDataDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void KilledWriterLosesNoAcknowledgedWriteAndHalfAppliesNone()
    {
        var random = new Random(6);
        long acknowledged = 0;
        for (var round = 0; round < Rounds; round++)
        {
            acknowledged = Math.Max(acknowledged, RunWriterAndKill(random.Next(20, 400)));
            Verify(acknowledged, round);
            output.WriteLine($"round {round}: {acknowledged} acknowledged, {_dir.Snapshots().Length} snapshot(s), {_dir.Segments().Length} segment(s)");
        }

        Assert.True(acknowledged > Rounds, $"the writer acknowledged only {acknowledged} transactions in {Rounds} rounds");
    }

    /// <summary>Starts the writer, waits for some acknowledgements plus a random delay, kills it; returns the last acknowledgement.</summary>
    private long RunWriterAndKill(int delayMs)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Graph.Durability.Writer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add("crash");
        start.ArgumentList.Add(_dir.Path);
        using var process = Process.Start(start)!;
        long last = 0;
        var lines = new System.Collections.Concurrent.BlockingCollection<string>();
        var reader = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            lines.CompleteAdding();
        });
        var errors = process.StandardError.ReadToEndAsync();

        // Kill at a random moment once the writer is streaming acknowledged writes.
        if (!lines.TryTake(out var first, TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            Assert.Fail("The writer acknowledged nothing within 60 s: " + errors.Result);
        }

        last = long.Parse(first!, CultureInfo.InvariantCulture);
        Thread.Sleep(delayMs);
        process.Kill(); // SIGKILL on Unix: no finally blocks, no flushes
        process.WaitForExit();
        reader.Wait();
        foreach (var line in lines)
        {
            last = long.Parse(line, CultureInfo.InvariantCulture);
        }

        return last;
    }

    private void Verify(long acknowledged, int round)
    {
        Assert.True(DataDirectoryRecovery.Inspect(_dir.Path).LosesNothing, $"round {round}: the kill broke the snapshot/log chain");
        var warnings = new List<StorageWarning>();
        using var store = DurableGraphStore.Open(_dir.Path, new DurabilityOptions { BackgroundCheckpoints = false, Warnings = warnings.Add });
        Assert.All(warnings, w => Assert.StartsWith("Dropped a damaged or unfinished last log record", w.Message, StringComparison.Ordinal));
        var view = store.Snapshot();
        var counter = Assert.Single(view.NodesWithLabel("Counter"));
        var value = (long)view.NodeProperty(counter, "value")!;
        Assert.True(value >= acknowledged, $"round {round}: acknowledged {acknowledged} but the store holds {value}");

        // Each transaction created one Item, one HAS relationship and moved the counter: all three or none.
        var seqs = view.NodesWithLabel("Item").Select(id => (long)view.NodeProperty(id, "seq")!).Order().ToList();
        Assert.Equal(Enumerable.Range(1, (int)value).Select(i => (long)i), seqs);
        var has = view.RelationshipsOf(counter, Cypher.Storage.Direction.Outgoing, ["HAS"])
            .Select(id => (long)view.RelationshipProperty(id, "seq")!).Order().ToList();
        Assert.Equal(seqs, has);
        Assert.Equal(value + 1, view.NodeCount);
        Assert.Equal(value, view.RelationshipCount);
    }
}
