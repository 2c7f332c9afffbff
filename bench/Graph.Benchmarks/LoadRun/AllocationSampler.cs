using System.Diagnostics.Tracing;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark),
/// summed by type: where a query's allocations go, without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = [];
    private bool _on;

    public void Start() => _on = true;

    public IEnumerable<(string Type, long Bytes)> Top(int count)
    {
        lock (_bytes) return _bytes.OrderByDescending(kv => kv.Value).Take(count).Select(kv => (kv.Key, kv.Value)).ToList();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        var amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt]) : Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")]);
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }
}
