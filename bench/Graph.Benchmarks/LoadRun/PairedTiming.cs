using System.Diagnostics;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Times the engine and the hand-written baseline in alternation: both warm up, then each round runs one and then
/// the other, so a noisy neighbour on this shared machine slows both sides of a round alike. Each call reduces its
/// answer to a count inside the timed call (nothing of the previous answer stays alive into the next run).
/// </summary>
internal static class PairedTiming
{
    public static PairedResult Run(Func<long> engine, Func<long> hand, int warmUps, int rounds, Action<string> progress)
    {
        for (var i = 0; i < warmUps; i++) engine();
        for (var i = 0; i < warmUps; i++) hand();
        var ours = new Side();
        var theirs = new Side();
        for (var round = 0; round < rounds; round++)
        {
            ours.Measure(engine);
            theirs.Measure(hand);
        }

        var ratios = ours.Times.Select((t, i) => t / theirs.Times[i]).ToArray();
        progress($"  engine {Statistics.Median(ours.Times):F1} ms (GC pauses {Statistics.Median(ours.Pauses):F1}, full collections {ours.FullCollections}, {Statistics.Median(ours.AllocatedMegabytes):F1} MB allocated), " +
                 $"hand-written {Statistics.Median(theirs.Times):F1} ms (GC pauses {Statistics.Median(theirs.Pauses):F1}, full collections {theirs.FullCollections}, {Statistics.Median(theirs.AllocatedMegabytes):F1} MB allocated), " +
                 $"ratio per round {string.Join(" ", ratios.Select(r => r.ToString("F2")))}");
        return new PairedResult(ours.Count, theirs.Count, Statistics.Median(ours.Times), Statistics.Median(theirs.Times),
            Statistics.Median(ours.Pauses), Statistics.Median(theirs.Pauses), Statistics.Median(ratios));
    }

    private sealed class Side
    {
        public List<double> Times { get; } = [];

        public List<double> Pauses { get; } = [];

        public List<double> AllocatedMegabytes { get; } = [];

        public long Count { get; private set; }

        public int FullCollections { get; private set; }

        public void Measure(Func<long> answer)
        {
            // A full collection before each measured run, outside the clock (as BenchmarkDotNet does before each
            // iteration): every run starts from the same heap, not from whatever the other side's run left due.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var full = GC.CollectionCount(2);
            var paused = GC.GetTotalPauseDuration();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            Count = answer();
            Times.Add(clock.Elapsed.TotalMilliseconds);
            Pauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
            FullCollections += GC.CollectionCount(2) - full;
            AllocatedMegabytes.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6);
        }
    }
}

/// <summary>Medians of one paired timing; <see cref="MedianRatio"/> is the median of the per-round ratios.</summary>
internal sealed record PairedResult(long EngineCount, long HandCount, double EngineMillis, double HandMillis,
    double EnginePauseMillis, double HandPauseMillis, double MedianRatio);
