using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>The root: hands its rows to the result; the statement reads the columns' slots from them.</summary>
internal sealed class ProduceResultsOperator(ProduceResultsPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    public int[] Slots { get; } = plan.Symbols.Select(s => s.Slot).ToArray();

    public IReadOnlyList<string> Columns => plan.Columns;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) => Children[0].Rows(ctx, argument);
}
