using Graph.Cypher.Planning;
using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Index seeks (equality, IN, prefix, range) with values computed once per argument row. The store's seek
/// rules are the matcher's (<see cref="PatternMatcher.Seek"/>): a value the index cannot order, or an index
/// that is gone, scans the label instead; the Filter above still tests every predicate the seek served.
/// </summary>
internal sealed class NodeIndexSeekOperator : PlanOperator
{
    private readonly NodeIndexSeekPlan _plan;
    private readonly NodeSeek _seek;
    private readonly IReadOnlyList<Symbol> _reads;
    private readonly Func<object?[], OperatorContext, bool>[] _exact;

    public NodeIndexSeekOperator(NodeIndexSeekPlan plan) : base(plan)
    {
        _plan = plan;
        var hints = plan.Values.Select(v => new SeekHint(plan.Node.Name, plan.Key, v.Predicate, v.Value.Syntax)).ToList();
        _seek = new NodeSeek(plan.Kind, plan.Node.Name, plan.Label, plan.Key, plan.Unique, hints, (long)plan.Estimate);
        var reads = new HashSet<Symbol>();
        foreach (var v in plan.Values) SymbolReads.Collect(v.Value.Syntax, v.Value.Scope, reads);
        _reads = reads.ToList();
        _exact = plan.Values.Select(v => ExpressionCompiler.Predicate(((ExpressionPredicate)v.Source).Expression)).ToArray();
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var ids = ctx.Runner.Matcher.Seek(_seek, OperatorContext.RowOf(argument, _reads)) ?? ctx.Graph.NodesWithLabel(_plan.Label);
        foreach (var row in NodeRows.Of(ctx, argument, ids, _plan.Node.Slot))
        {
            if (Exact(row, ctx)) yield return row;
        }
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
