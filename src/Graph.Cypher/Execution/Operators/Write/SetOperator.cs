using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>SetProperty, SetPropertiesFromMap or SetLabels: one SET item per operator, as Neo4j plans them.</summary>
internal sealed class SetOperator(SetPlan plan, PlanOperator source) : UpdateOperator(plan, source)
{
    private readonly IReadOnlyList<Syntax.Ast.SetItem> _items = [plan.Item];

    protected override IEnumerable<Row> Update(Updater updater, Row row) => [updater.Set(_items, row)];
}
