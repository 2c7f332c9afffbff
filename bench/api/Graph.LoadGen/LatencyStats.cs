using System.Diagnostics;

namespace Graph.LoadGen;

/// <summary>Percentiles of recorded per-request latencies (nearest-rank: the smallest value with at least p% at or below it).</summary>
internal sealed class LatencyStats
{
    private readonly long[] sortedTicks;

    public LatencyStats(IEnumerable<long> ticks)
    {
        sortedTicks = ticks.ToArray();
        Array.Sort(sortedTicks);
    }

    public int Count => sortedTicks.Length;

    public double PercentileMs(double percent)
    {
        if (sortedTicks.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100.0 * sortedTicks.Length);
        var index = Math.Clamp(rank - 1, 0, sortedTicks.Length - 1);
        return sortedTicks[index] * 1000.0 / Stopwatch.Frequency;
    }
}
