using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>Finds index-usable equalities (n.key = literal or parameter) among the top-level ANDs of a WHERE.</summary>
internal static class SeekHints
{
    public static IReadOnlyList<SeekHint> From(Expression? where)
    {
        var hints = new List<SeekHint>();
        Collect(where, hints);
        return hints;
    }

    private static void Collect(Expression? e, List<SeekHint> hints)
    {
        switch (e)
        {
            case BinaryExpression { Operator: BinaryOperator.And } and:
                Collect(and.Left, hints);
                Collect(and.Right, hints);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Left: PropertyAccess { Subject: Variable v } p, Right: Literal or Parameter } eq:
                hints.Add(new SeekHint(v.Name, p.Key, eq.Right));
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Right: PropertyAccess { Subject: Variable v } p, Left: Literal or Parameter } eq:
                hints.Add(new SeekHint(v.Name, p.Key, eq.Left));
                break;
        }
    }
}
