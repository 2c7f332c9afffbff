using Graph.Cypher.Functions;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>Finds the aggregate calls (count(*), collect(x), …) inside an expression, not entering nested subqueries.</summary>
internal static class AggregateCalls
{
    public static bool IsAggregate(Expression e) => e is CountStar || (e is FunctionCall f && FunctionRegistry.IsAggregate(f.Name));

    public static List<Expression> In(Expression e)
    {
        var found = new List<Expression>();
        Collect(e, found);
        return found;
    }

    public static bool Contains(Expression e) => In(e).Count > 0;

    private static void Collect(object? node, List<Expression> found)
    {
        Values.StackGuard.Check();
        switch (node)
        {
            case null:
            case SubqueryExpression:
            case PatternComprehension:
                return;
            case Expression e when IsAggregate(e):
                found.Add(e);
                return;
        }
        foreach (var child in ExpressionChildren.Of(node)) Collect(child, found);
    }
}
