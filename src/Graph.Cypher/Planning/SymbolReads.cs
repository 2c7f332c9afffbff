using Graph.Cypher.Values;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Analysis;

namespace Graph.Cypher.Planning;

/// <summary>
/// Resolves the names an expression reads to symbols of its scope. An aggregate call the scope answers is one
/// value (its arguments read the rows before the aggregation); expressions with local scopes answer false,
/// after their free names were still checked where they can be.
/// </summary>
/// <remarks>
/// <see cref="ReadsItems"/> tells whether an expression reads a projected item's column in place of one of its
/// parts: only a compiled expression can do that (the evaluator reads names).
/// </remarks>
internal static class SymbolReads
{
    public static bool Collect(Expression e, Scope scope, HashSet<Symbol> into)
    {
        StackGuard.Check();
        if (scope.Aggregates is { } aggregates && aggregates.TryGetValue(e, out var aggregate))
        {
            into.Add(aggregate);
            return true;
        }
        if (scope.Hoisted is { } hoisted && hoisted.TryGetValue(e, out var computed))
        {
            into.Add(computed);
            return true;
        }
        // A part written like a projected item (a grouping key, say) reads that item's column.
        if (e is not Variable && scope.Items is { } projected && projected.TryGetValue(AstKey.Of(e), out var column))
        {
            into.Add(column);
            return true;
        }
        switch (e)
        {
            case Variable v:
                into.Add(Resolve(v.Name, scope));
                return true;
            case MapProjection mp:
                into.Add(Resolve(mp.Subject, scope));
                foreach (var item in mp.Items)
                {
                    if (item is VariableSelector vs) into.Add(Resolve(vs.Name, scope));
                }
                break;
            case PatternComprehension or PatternPredicate or SubqueryExpression or ShortestPathExpression:
                // Only an Apply below computes these; where the planner placed none, the interpreter answers.
                throw new PlanningFallbackException(FallbackReason.PatternExpression);
            case ListComprehension or QuantifierExpression or ReduceExpression:
                // Their own variable shadows; what else they read is bound wherever the whole statement is.
                return false;
        }
        var all = true;
        foreach (var child in ExpressionChildren.Of(e)) all &= Collect(child, scope, into);
        return all;
    }

    private static Symbol Resolve(string name, Scope scope) =>
        scope.Find(name) ?? throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);

    public static bool ReadsItems(Expression e, Scope scope)
    {
        if (scope.Items is not { } items) return false;
        if (e is not Variable && items.ContainsKey(AstKey.Of(e))) return true;
        return ExpressionChildren.Of(e).Any(c => ReadsItems(c, scope));
    }
}
