using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>Reads every input row before passing on the first.</summary>
internal sealed class EagerOperator(EagerPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var rows = new List<object?[]>();
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            rows.Add(row);
        }
        foreach (var row in rows) yield return row;
    }
}
