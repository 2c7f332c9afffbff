using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Procedures;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Analysis;

namespace Graph.Cypher.Planning;

/// <summary>
/// CALL procedure: a ProcedureCall over the rows so far, each yielded field a new symbol, YIELD's WHERE a Filter
/// above it. A standalone CALL (no YIELD) returns every output as the statement's columns.
/// </summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan PlanProcedure(LogicalPlan plan, ref Scope scope, ProcedureCallClause call, ref IReadOnlyList<string> columns, ref IReadOnlyList<Symbol> symbols)
    {
        // Semantic analysis found it; a declared procedure is looked up again for each plan (see StatementPlanner).
        var procedure = ProcedureRegistry.Find(call.Name) ?? throw ProcedureCallErrors.NotFound(call.Name);
        // OPTIONAL CALL keeps the row (its fields null) when the call, after YIELD's WHERE, gives none: the call
        // runs per row from an Argument under Optional, as OPTIONAL CALL { … } does.
        var outer = plan;
        if (call.Optional) plan = new ArgumentPlan(Argument(scope), 1);
        foreach (var a in call.Arguments ?? []) plan = Hoist(plan, a, ref scope);
        var before = scope;
        var arguments = call.Arguments?.Select(a => Bind(a, before)).ToList();
        var fields = call.Yield is null || call.YieldStar
            ? procedure.Outputs.Select(o => (Field: o, Name: o)).ToList()
            : call.Yield.Select(y => (y.Field, y.Name)).ToList();
        var yielded = new List<YieldedField>();
        foreach (var (field, name) in fields)
        {
            var symbol = NewSymbol(name, SymbolKind.Value);
            yielded.Add(new YieldedField(field, symbol));
            scope = scope.With(name, symbol);
        }
        plan = new ProcedureCallPlan(plan, procedure, arguments, yielded, plan.Estimate * 10);
        if (call.Yield is null)
        {
            columns = yielded.Select(f => f.Symbol.Name).ToList();
            symbols = yielded.Select(f => f.Symbol).ToList();
        }
        if (call.Where is { } where) plan = PlanConjuncts(plan, scope, FreeVariables.Conjuncts(where).ToList());
        if (!call.Optional) return plan;
        _nullable.UnionWith(yielded.Select(f => f.Symbol));
        plan = new OptionalPlan(plan, Math.Max(1, plan.Estimate));
        return outer is ArgumentPlan ? plan : new ApplyPlan(outer, plan, outer.Estimate * plan.Estimate);
    }
}
