using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>StatefulShortestPath(Into) (or ShortestPath for shortestPath() with a WHERE on its path): per row with both ends bound, the selected paths.</summary>
internal sealed class StatefulShortestPathOperator(StatefulShortestPathPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) =>
        PartSearchRows.Extend(ctx, plan.Search, Children[0].Rows(ctx, argument));
}
