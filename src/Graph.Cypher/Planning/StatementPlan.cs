namespace Graph.Cypher.Planning;

/// <summary>
/// The decision cached for one statement text: a plan to run, or the reason it runs on the interpreter.
/// <see cref="Fingerprint"/> records what a plan depended on beyond the text (indexes, the graph's size), so the
/// cached plan is made again when those change; a fallback depends on the text alone and has none.
/// </summary>
internal abstract record CachedPlan(FallbackReason Fallback, Statistics.PlanFingerprint? Fingerprint);

/// <summary>The plan cached with a compiled statement (one per statement text); replaced whole, never changed.</summary>
internal sealed class PlanSlot
{
    private volatile CachedPlan? _current;

    public CachedPlan? Current
    {
        get => _current;
        set => _current = value;
    }
}
