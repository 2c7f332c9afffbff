using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// DELETE takes nodes, relationships and paths (or null). A target whose type is certain before
/// running and is none of those fails at compile time, as in Neo4j, whether or not any row would reach it:
/// a label or type check (<c>DELETE n:Person</c>, <c>DELETE r:T</c>) and other predicates are Boolean, literals and
/// arithmetic over literals are values (<c>DELETE 1 + 1</c>), and so are list and map literals.
/// </summary>
internal static class DeleteTargets
{
    public static void Check(Expression target)
    {
        if (TypeOf(target) is { } actual)
        {
            throw SemanticErrors.At(target.Position, $"Type mismatch: expected Node, Path or Relationship but was {actual}");
        }
    }

    private static string? TypeOf(Expression e) => e switch
    {
        LabelCheck or IsNullExpression or TypePredicate or PatternPredicate => LiteralTypes.Boolean,
        // Comparisons, boolean operators and string predicates (every operator from Equal on) are Boolean.
        BinaryExpression { Operator: >= BinaryOperator.Equal } => LiteralTypes.Boolean,
        UnaryExpression { Operator: UnaryOperator.Not } => LiteralTypes.Boolean,
        // Arithmetic over operands of known types has a known (non-entity) type; the left operand's names it.
        BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power } b
            when TypeOf(b.Left) is { } left && TypeOf(b.Right) is not null => left,
        _ => LiteralTypes.Of(e),
    };
}
