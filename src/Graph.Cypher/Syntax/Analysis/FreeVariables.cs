using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>
/// The variables an expression reads, for pushing WHERE conjuncts to the earliest point where they are
/// bound. Expressions with local scopes (comprehensions, patterns, subqueries) answer null: never pushed.
/// </summary>
internal static class FreeVariables
{
    public static HashSet<string>? Of(Expression e)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        return Collect(e, names) ? names : null;
    }

    private static bool Collect(Expression e, HashSet<string> names)
    {
        StackGuard.Check();
        switch (e)
        {
            case Variable v:
                names.Add(v.Name);
                return true;
            case MapProjection mp:
                names.Add(mp.Subject);
                foreach (var item in mp.Items)
                {
                    if (item is VariableSelector vs) names.Add(vs.Name);
                }
                break;
            case ListComprehension or QuantifierExpression or ReduceExpression or PatternComprehension or PatternPredicate
                or SubqueryExpression or ShortestPathExpression:
                return false;
        }
        foreach (var child in ExpressionChildren.Of(e))
        {
            if (!Collect(child, names)) return false;
        }
        return true;
    }

    /// <summary>The top-level AND conjuncts of a predicate.</summary>
    public static IEnumerable<Expression> Conjuncts(Expression? e)
    {
        if (e is null) yield break;
        if (e is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            foreach (var c in Conjuncts(and.Left)) yield return c;
            foreach (var c in Conjuncts(and.Right)) yield return c;
        }
        else
        {
            yield return e;
        }
    }
}
