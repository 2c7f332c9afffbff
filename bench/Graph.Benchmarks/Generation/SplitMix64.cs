namespace Graph.Benchmarks.Generation;

/// <summary>A tiny seeded generator (SplitMix64) so every run, and the Kuzu export, see the same graph.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound); the modulo bias is irrelevant at these bounds.</summary>
    public long Below(long bound) => (long)(Next() % (ulong)bound);
}
