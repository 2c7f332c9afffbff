using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>VarLengthExpand(Pruning): each far node within Min..Max hops once, for a clause that ignores repeated rows.</summary>
internal sealed class PruningVarLengthExpandOperator(ExpandPlan plan, PlanOperator source) : VarLengthOperator(plan, source)
{
    protected override IEnumerable<object?[]> From(OperatorContext ctx, object?[] row, long start, TypeFilter types, Func<long, bool>? accept)
    {
        foreach (var end in VarLengthPaths.Reachable(ctx, start, Plan.Direction, types, Length.Min, Length.Max, accept))
        {
            var next = (object?[])row.Clone();
            next[To] = new NodeRef(end);
            yield return next;
        }
    }
}
