using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>Delete or DetachDelete; a node that still has relationships is checked when the statement ends, as in Neo4j.</summary>
internal sealed class DeleteOperator(DeletePlan plan, PlanOperator source) : UpdateOperator(plan, source)
{
    protected override IEnumerable<Row> Update(Updater updater, Row row) => [updater.Delete(plan.Clause, row)];
}
