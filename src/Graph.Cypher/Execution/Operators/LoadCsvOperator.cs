using Graph.Cypher.Execution.LoadCsv;
using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>LoadCSV: each input row once per record of its URL's file, read lazily from the import directory only.</summary>
internal sealed class LoadCsvOperator(LoadCsvPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly SlotExpression _url = ExpressionCompiler.Compile(plan.Url);

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            foreach (var record in CsvRows.Read(ctx.Query, _url(row, ctx), plan.WithHeaders, plan.FieldTerminator))
            {
                var next = (object?[])row.Clone();
                next[plan.Variable.Slot] = record.Value;
                next[plan.Line.Slot] = record.Line;
                next[plan.File.Slot] = record.File;
                yield return next;
            }
        }
    }
}
