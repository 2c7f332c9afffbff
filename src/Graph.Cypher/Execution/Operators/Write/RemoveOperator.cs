using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>RemoveLabels or RemoveProperty: one REMOVE item per operator.</summary>
internal sealed class RemoveOperator(RemovePlan plan, PlanOperator source) : UpdateOperator(plan, source)
{
    private readonly IReadOnlyList<Syntax.Ast.RemoveItem> _items = [plan.Item];

    protected override IEnumerable<Row> Update(Updater updater, Row row) => [updater.Remove(_items, row)];
}
