using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

internal sealed class MergeOperator(MergePlan plan, PlanOperator source) : UpdateOperator(plan, source)
{
    protected override IEnumerable<Row> Update(Updater updater, Row row) => updater.Merge(plan.Clause, row);
}
