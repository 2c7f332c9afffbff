using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// EagerAggregation over a read-only pipeline from a node scan, run morsel-driven on several cores: each worker
/// takes morsels of the scan, runs the pipeline above it (the same operators, with its own context) and counts
/// into its own groups; the groups are merged at the end, in the order a serial run would have produced them.
/// Whether it runs on more than one thread is the statement's choice (<see cref="RuntimeChoice"/>). When the
/// last expansion can be counted in batches (<see cref="ExpandCounting"/>) one worker does so too (also over an
/// input that is not a scan); otherwise, and under PROFILE (which counts each operator's rows), the serial
/// aggregation runs.
/// </summary>
internal sealed class ParallelAggregationOperator : PlanOperator
{
    private readonly IMorselScan? _scan;
    private readonly EagerAggregationOperator _serial;
    private readonly int[] _keySlots;
    private readonly SlotExpression[] _keys;
    private readonly MergeableAggregate[] _aggregates;
    private readonly ExpandCounting? _counting;
    private readonly int _nodeSlot;

    public ParallelAggregationOperator(AggregationPlan plan, PlanOperator source, IMorselScan? scan, MergeableAggregate[] aggregates, ExpandCounting? counting) : base(plan, source)
    {
        _scan = scan;
        _counting = counting;
        _serial = new EagerAggregationOperator(plan, source);
        _keySlots = plan.Groupings.Select(g => g.Symbol.Slot).ToArray();
        _keys = plan.Groupings.Select(g => ExpressionCompiler.Compile(g.Expression)).ToArray();
        _aggregates = aggregates;
        _nodeSlot = NodeGroups<PartialGroups.Group>.SlotOf(plan.Groupings);
    }

    /// <summary>
    /// The rows the workers would make, as estimated: every operator's of the pipeline down to the scan, not only
    /// the aggregation's input (a scan of 150,000 agreements filtered to 30,000 rows is 180,000 rows of work). What
    /// <see cref="RuntimeChoice"/> weighs.
    /// </summary>
    public double InputEstimate
    {
        get
        {
            var total = 0.0;
            for (var op = Children[0]; ; op = op.Children[0])
            {
                total += op.Logical.Estimate;
                if (!RuntimeChoice.Streams(op)) return total;
            }
        }
    }

    /// <summary>Whether a statement with this runtime option runs it on several cores: only over a scan that splits into morsels.</summary>
    public bool RunsParallel(string? runtime) => _scan is not null && RuntimeChoice.Chosen(runtime, InputEstimate);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        if (ctx.Profile is not null) return _serial.Aggregated(ctx, argument);
        var workers = _scan is null ? 1 : RuntimeChoice.Workers(this, ctx);
        return workers < 2 && _counting is null ? _serial.Aggregated(ctx, argument) : Grouped(ctx, argument, workers);
    }

    private IEnumerable<object?[]> Grouped(OperatorContext ctx, object?[] argument, int workers)
    {
        var groups = _scan is null
            // Not over a scan: the batched counting alone, on this thread.
            ? Work(new OperatorContext(ctx.Query, ctx.Runner, ctx.Width, null) { Runtime = ctx.Runtime }, argument).InScanOrder()
            : Merged(ctx, argument, workers, _scan);
        if (_keys.Length == 0 && groups.Count == 0)
        {
            // No grouping keys and no input rows: still one row (count(*) of nothing is 0).
            groups.Add(new PartialGroups.Group([], 0, 0, _aggregates.Select(a => a.Start()).ToArray()));
        }
        foreach (var group in groups)
        {
            var output = (object?[])argument.Clone();
            for (var i = 0; i < _keySlots.Length; i++) output[_keySlots[i]] = group.Key[i];
            for (var i = 0; i < _aggregates.Length; i++) output[_aggregates[i].Slot] = group.States[i].Result(ctx);
            yield return output;
        }
    }

    /// <summary>The workers' groups over the scan's morsels, merged in scan order.</summary>
    private List<PartialGroups.Group> Merged(OperatorContext ctx, object?[] argument, int workers, IMorselScan scan)
    {
        using var morsels = new ScanMorsels(scan.Ids(ctx));
        var partials = new PartialGroups[workers];
        // Worker 0 is the calling thread; the others get a context of their own over the same snapshot.
        var others = new Task[workers - 1];
        for (var w = 1; w < workers; w++)
        {
            var at = w;
            var query = ctx.Query.ForWorker();
            var worker = new OperatorContext(query, new QueryRunner(query), ctx.Width, null) { Morsels = new WorkerMorsels(morsels), Runtime = ctx.Runtime };
            others[w - 1] = Task.Factory.StartNew(() => partials[at] = Work(worker, argument), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        try
        {
            partials[0] = Work(new OperatorContext(ctx.Query, ctx.Runner, ctx.Width, null) { Morsels = new WorkerMorsels(morsels), Runtime = ctx.Runtime }, argument);
            foreach (var task in others) task.GetAwaiter().GetResult();
        }
        catch
        {
            // The first failure (a timeout, a type error) is the statement's; the other workers stop at their next morsel.
            morsels.Stop();
            try
            {
                Task.WaitAll(others);
            }
            catch (AggregateException)
            {
                // Their failures come after the one rethrown here.
            }
            throw;
        }
        for (var w = 1; w < workers; w++) partials[0].Merge(partials[w]);
        return partials[0].InScanOrder();
    }

    private PartialGroups Work(OperatorContext worker, object?[] argument)
    {
        var groups = new PartialGroups(_keys, _aggregates, _nodeSlot);
        if (_counting is not null)
        {
            _counting.Run(worker, argument, groups);
            return groups;
        }
        var morsels = worker.Morsels!;
        foreach (var row in Children[0].Rows(worker, argument))
        {
            worker.Query.Tick();
            groups.Add(row, worker, morsels.Index);
        }
        return groups;
    }
}
