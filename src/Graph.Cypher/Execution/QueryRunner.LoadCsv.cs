using Graph.Cypher.Execution.LoadCsv;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>LOAD CSV on the interpreter: one row per record (<see cref="CsvRows"/>), with its line and file in hidden slots.</summary>
internal sealed partial class QueryRunner
{
    private IEnumerable<Row> LoadCsv(LoadCsvClause clause, Row row)
    {
        foreach (var record in CsvRows.Read(_ctx, Evaluator.Evaluate(clause.Url, row), clause.WithHeaders, clause.FieldTerminator))
        {
            yield return row.With(LoadCsvFunctions.FileSlot, record.File).With(LoadCsvFunctions.LineNumberSlot, record.Line).With(clause.Variable, record.Value);
        }
    }
}
