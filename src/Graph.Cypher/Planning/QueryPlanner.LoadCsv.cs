using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>LOAD CSV: a LoadCSV operator binding the record's variable and the hidden line and file slots.</summary>
internal sealed partial class QueryPlanner
{
    // A file's size is unknown until it is read: the estimate assumes a modest one per input row.
    private const double RecordsPerFile = 1000;

    private LoadCsvPlan PlanLoadCsv(LogicalPlan input, LoadCsvClause clause, ref Scope scope)
    {
        input = Hoist(input, clause.Url, ref scope);
        var url = Bind(clause.Url, scope);
        var variable = NewSymbol(clause.Variable, SymbolKind.Value);
        var line = NewSymbol(LoadCsvFunctions.LineNumberSlot, SymbolKind.Value);
        var file = NewSymbol(LoadCsvFunctions.FileSlot, SymbolKind.Value);
        scope = scope.With(clause.Variable, variable).With(line.Name, line).With(file.Name, file);
        return new LoadCsvPlan(input, url, variable, line, file, clause.WithHeaders, clause.FieldTerminator, input.Estimate * RecordsPerFile);
    }
}
