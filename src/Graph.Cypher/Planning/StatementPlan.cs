using Graph.Cypher.Execution.Operators;

namespace Graph.Cypher.Planning;

/// <summary>
/// The decision for one statement, made before its first row: the physical operator tree to run (and print),
/// or the reason it runs on the interpreter. <see cref="Fingerprint"/> records what a plan depended on beyond
/// the text (indexes, the graph's size), so the cached plan is made again when those change; a fallback
/// depends on the text alone and has none.
/// </summary>
internal sealed record StatementPlan(ProduceResultsOperator? Root, int Width, FallbackReason Fallback, Statistics.PlanFingerprint? Fingerprint)
{
    public bool Planned => Root is not null;
}

/// <summary>The plan cached with a compiled statement (one per statement text); replaced whole, never changed.</summary>
internal sealed class PlanSlot
{
    private volatile StatementPlan? _current;

    public StatementPlan? Current
    {
        get => _current;
        set => _current = value;
    }
}
