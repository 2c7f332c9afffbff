using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Planning;

/// <summary>
/// The pattern expressions and subqueries of an expression that an Apply can compute before it is evaluated:
/// the outermost ones, not inside a list comprehension, quantifier or reduce (whose own variable they may read;
/// the interpreter's evaluator answers those).
/// </summary>
internal static class Subqueries
{
    public static bool Contain(Expression e) => In(e).Any();

    public static IEnumerable<Expression> In(Expression e)
    {
        StackGuard.Check();
        switch (e)
        {
            case PatternComprehension or PatternPredicate or SubqueryExpression:
                yield return e;
                yield break;
            case ListComprehension or QuantifierExpression or ReduceExpression:
                yield break;
        }
        foreach (var child in ExpressionChildren.Of(e))
        {
            foreach (var found in In(child)) yield return found;
        }
    }
}
