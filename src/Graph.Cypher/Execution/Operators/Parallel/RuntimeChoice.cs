using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// Where an aggregation may run on several cores, and whether a statement does: <c>CYPHER runtime=parallel</c>
/// forces it, <c>runtime=slotted</c> (or pipelined) forbids it, and with no option it is chosen when the
/// aggregation is estimated to read enough rows to pay for the workers.
/// </summary>
internal static class RuntimeChoice
{
    /// <summary>Estimated rows of work (every operator of the pipeline) from which a second core pays for starting its worker and merging its groups.</summary>
    public const double RowThreshold = 50_000;

    public const string Parallel = "parallel";

    /// <summary>Whether the statement's option and the estimate choose the parallel runtime (what EXPLAIN prints).</summary>
    public static bool Chosen(string? runtime, double estimate) => runtime switch
    {
        Parallel => true,
        null => estimate >= RowThreshold && Environment.ProcessorCount > 1,
        _ => false,
    };

    /// <summary>
    /// Threads for this run: one (the serial aggregation) unless chosen, and on a snapshot only (a writer's view
    /// is not read from two threads) and not under PROFILE (its counters are one thread's).
    /// </summary>
    public static int Workers(ParallelAggregationOperator op, OperatorContext ctx)
    {
        if (!op.RunsParallel(ctx.Runtime) || ctx.Profile is not null || ctx.Query.Writer is not null || ctx.Graph is not SnapshotView || ctx.Morsels is not null) return 1;
        return Math.Clamp(Environment.ProcessorCount, 2, 4);
    }

    /// <summary>A streaming operator of a worker's pipeline: one row in at a time, from its only child.</summary>
    public static bool Streams(PlanOperator op) => op is ExpandOperator or VarLengthOperator or FilterOperator or ProjectionOperator && op.Children.Count == 1;

    /// <summary>
    /// The parallel form of an aggregation over <paramref name="source"/>, when it has one: every aggregate merges
    /// exactly and the input is a pipeline of streaming operators (Expand, Filter, Projection, one row in at a time)
    /// over a node scan that can be split into morsels.
    /// </summary>
    public static ParallelAggregationOperator? Of(AggregationPlan plan, PlanOperator source)
    {
        var aggregates = plan.Aggregates.Select(MergeableAggregate.Of).ToArray();
        if (aggregates.Length == 0 || aggregates.Any(a => a is null)) return null;
        var op = source;
        while (Streams(op)) op = op.Children[0];
        var counting = ExpandCounting.Of(plan, source);
        // Over another input (a seek, an apply) it is still worth building for the batched counting alone.
        return op is IMorselScan scan ? new ParallelAggregationOperator(plan, source, scan, aggregates!, counting)
            : counting is not null ? new ParallelAggregationOperator(plan, source, null, aggregates!, counting)
            : null;
    }
}
