using Graph.Cypher.Values;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Resolves the names an expression reads to symbols of its scope. An aggregate call the scope answers is one
/// value (its arguments read the rows before the aggregation); expressions with local scopes answer false,
/// after their free names were still checked where they can be.
/// </summary>
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
}
