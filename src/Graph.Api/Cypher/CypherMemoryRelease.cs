using Graph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Graph.Api.Cypher;

/// <summary>
/// Gives memory back to the machine after a statement that allocated a lot (a sort or aggregation over millions of
/// rows holds them all, whatever the row cap). Without it the heap stays at its peak while the service is idle:
/// the GC runs only when something allocates. One compacting, decommitting collection, off the request's path and
/// at most once per <see cref="CypherEndpointOptions.ReleaseMemoryInterval"/>, returns it.
/// </summary>
internal sealed class CypherMemoryRelease(IOptions<CypherEndpointOptions> options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    /// <summary>Collections started so far (tests read it).</summary>
    public int Releases { get; private set; }

    /// <summary>What the process has allocated so far; pass it to <see cref="After"/> when the statement is answered.</summary>
    public static long Mark() => GC.GetTotalAllocatedBytes();

    public void After(long mark)
    {
        var settings = options.Value;
        if (settings.ReleaseMemoryAfterBytes <= 0 || GC.GetTotalAllocatedBytes() - mark < settings.ReleaseMemoryAfterBytes) return;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now - _last < settings.ReleaseMemoryInterval) return;
            _last = now;
            Releases++;
        }
        // Aggressive mode compacts every generation and decommits what is freed; it pauses the process once, briefly,
        // which is why it is kept for statements that allocated hundreds of megabytes.
        _ = Task.Run(() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));
    }
}
