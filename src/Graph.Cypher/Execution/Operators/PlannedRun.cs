using Graph.Core.Store;
using Graph.Cypher.Planning;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Runs, explains and profiles a planned statement: the one operator tree does all three.</summary>
internal static class PlannedRun
{
    /// <summary>Pulls at most <paramref name="pullLimit"/> rows: a capped caller needs one past its cap to know there were more.</summary>
    public static QueryResult Run(StatementPlan plan, QueryContext ctx, QueryRunner runner, int pullLimit = int.MaxValue)
    {
        var root = plan.Root!;
        var octx = new OperatorContext(ctx, runner, plan.Width, ctx.Stats) { Runtime = plan.Runtime };
        var columns = root.Columns;
        var slots = root.Slots;
        var records = new List<Record>();
        foreach (var row in root.Rows(octx, new object?[plan.Width]))
        {
            // A statement without columns (CREATE …, a VOID procedure called alone) runs to the end and yields no
            // records at all, as in Neo4j.
            if (slots.Length == 0) continue;
            var values = new object?[slots.Length];
            for (var i = 0; i < slots.Length; i++) values[i] = ValueExporter.Export(row[slots[i]], ctx.Graph);
            records.Add(new Record(columns, values));
            if (records.Count >= pullLimit) break;
        }
        // A node deleted while it still had relationships is checked once the statement's writes are done.
        runner.Updater.FinishDeletes();
        return new QueryResult(columns, records, ctx.Counters.ToCounters());
    }

    /// <summary>The tree root first, each operator with its Id and its parent's (Neo4j's layout); PROFILE adds rows and db hits.</summary>
    public static QueryResult Describe(StatementPlan plan, QueryContext ctx, QueryRunner runner, bool profile, int pullLimit = int.MaxValue)
    {
        var ops = new List<(PlanOperator Op, long? Parent)>();
        Walk(plan.Root!, null, ops);
        // PROFILE counts on one thread, so a profiled run is serial and says nothing of parallel.
        var parallel = !profile && ops.Any(o => o.Op is Parallel.ParallelAggregationOperator p && p.RunsParallel(plan.Runtime));
        // The root names the parallel runtime when an aggregation uses it, and that aggregation says so.
        string Details(PlanOperator op) => !parallel ? op.Details
            : op == plan.Root ? $"{op.Details} (runtime=parallel)"
            : op is Parallel.ParallelAggregationOperator p && p.RunsParallel(plan.Runtime) ? $"{op.Details} (parallel)"
            : op.Details;
        if (!profile)
        {
            IReadOnlyList<string> cols = ["Operator", "Id", "Parent", "Details", "Estimated Rows"];
            return new QueryResult(cols, ops.Select((o, i) => new Record(cols, [o.Op.Name, (long)i, o.Parent, Details(o.Op), Estimate(o.Op)])).ToList(), QueryCounters.None);
        }
        var stats = ctx.Stats!;
        stats.ForgetPlanningHits();
        var inner = Run(plan, ctx, runner, pullLimit);
        IReadOnlyList<string> pcols = ["Operator", "Id", "Parent", "Details", "Estimated Rows", "Rows", "DB Hits", "Time (ms)"];
        var records = ops.Select((o, i) =>
        {
            var (rows, hits) = stats.OfOperator(o.Op);
            // Reading the result's values (a property of a returned node) is the root's work, as in Neo4j.
            if (o.Op == plan.Root) hits += stats.UnattributedHits;
            return new Record(pcols, [o.Op.Name, (long)i, o.Parent, Details(o.Op), Estimate(o.Op), rows, hits, OwnMilliseconds(o.Op, stats)]);
        }).ToList();
        return new QueryResult(pcols, records, inner.Counters);
    }

    /// <summary>An operator's own time: its pulls less its children's (which run inside them), in milliseconds.</summary>
    private static double OwnMilliseconds(PlanOperator op, Profiling.ProfileStats stats)
    {
        var own = stats.InclusiveTicks(op) - op.Children.Sum(stats.InclusiveTicks);
        return Math.Round(Math.Max(0, own) * 1000.0 / System.Diagnostics.Stopwatch.Frequency, 3);
    }

    private static long Estimate(PlanOperator op) => (long)Math.Round(op.Logical.Estimate);

    private static void Walk(PlanOperator op, long? parent, List<(PlanOperator, long?)> into)
    {
        var id = (long)into.Count;
        into.Add((op, parent));
        foreach (var child in op.Children) Walk(child, id, into);
    }
}
