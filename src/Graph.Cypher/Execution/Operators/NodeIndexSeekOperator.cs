using Graph.Cypher.Planning;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Index seeks (equality, IN, prefix, range) with values computed once per argument row. The store's seek
/// rules are the matcher's (<see cref="PatternMatcher.Seek"/>): a value the index cannot order, or an index
/// that is gone, scans the label instead; the Filter above still tests every predicate the seek served.
/// A string equality answered by the committed store's index needs no second test: its keys are the strings'
/// code units, so the index holds exactly the nodes whose property equals the value.
/// </summary>
internal sealed class NodeIndexSeekOperator : PlanOperator
{
    private readonly NodeIndexSeekPlan _plan;
    private readonly NodeSeek _seek;
    private readonly IReadOnlyList<Symbol> _reads;
    private readonly Func<object?[], OperatorContext, bool>[] _exact;
    private readonly SlotExpression? _equalValue;

    public NodeIndexSeekOperator(NodeIndexSeekPlan plan) : base(plan)
    {
        _plan = plan;
        var hints = plan.Values.Select(v => new SeekHint(plan.Node.Name, plan.Key, v.Predicate, v.Value.Syntax)).ToList();
        _seek = new NodeSeek(plan.Kind, plan.Node.Name, plan.Label, plan.Key, plan.Unique, hints, (long)plan.Estimate);
        var reads = new HashSet<Symbol>();
        foreach (var v in plan.Values) SymbolReads.Collect(v.Value.Syntax, v.Value.Scope, reads);
        _reads = reads.ToList();
        _exact = plan.Values.Select(v => ExpressionCompiler.Predicate(((ExpressionPredicate)v.Source).Expression)).ToArray();
        _equalValue = plan is { Kind: SeekKind.Equal, Values.Count: 1 } ? ExpressionCompiler.Compile(plan.Values[0].Value) : null;
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var (ids, exact) = Find(ctx, argument);
        foreach (var row in NodeRows.Of(ctx, argument, ids, _plan.Node.Slot))
        {
            if (exact || Exact(row, ctx)) yield return row;
        }
    }

    /// <summary>
    /// The node ids to try for this argument row, and whether they are exactly the matching nodes (no predicate
    /// left to test): a string equality seek on the committed store (a transaction's own view, and PROFILE's
    /// counting view, keep the test).
    /// </summary>
    public (IEnumerable<long> Ids, bool Exact) Find(OperatorContext ctx, object?[] argument)
    {
        if (ctx.Runner.Matcher.Seek(_seek, OperatorContext.RowOf(argument, _reads)) is not { } ids) return (ctx.Graph.NodesWithLabel(_plan.Label), false);
        return (ids, _equalValue is not null && ctx.Graph is SnapshotView && _equalValue(argument, ctx) is string);
    }

    private bool Exact(object?[] row, OperatorContext ctx)
    {
        for (var i = 0; i < _exact.Length; i++)
        {
            if (!_exact[i](row, ctx)) return false;
        }
        return true;
    }
}
