using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Neo4j types an operator's literal operands before running: <c>RETURN 123 AND true</c> and <c>RETURN 1 IN 'abc'</c>
/// fail at compile time ("Type mismatch: expected Boolean but was Integer"). Only operands whose type is certain
/// (<see cref="LiteralTypes"/>) are checked; a parameter, variable or property stays a runtime check.
/// </summary>
internal static class LiteralOperands
{
    public static void Check(Expression e)
    {
        switch (e)
        {
            case BinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor } b:
                RequireBoolean(b.Left);
                RequireBoolean(b.Right);
                return;
            case UnaryExpression { Operator: UnaryOperator.Not } u:
                RequireBoolean(u.Operand);
                return;
            case BinaryExpression { Operator: BinaryOperator.In } b:
                LiteralArguments.CheckList(b.Right);
                return;
        }
    }

    /// <summary>
    /// SKIP and LIMIT written as a literal must be a non-negative integer; Neo4j refuses <c>LIMIT -1</c> and
    /// <c>SKIP 1.5</c> before running, with the wording the runtime check uses for a parameter.
    /// </summary>
    public static void CheckPaging(Expression? count)
    {
        if (count is Literal { Value: long and < 0 or double } literal)
        {
            throw SemanticErrors.At(literal.Position, $"Invalid input. '{CypherConversions.Describe(literal.Value)}' is not a valid value. Must be a non-negative integer.");
        }
    }

    private static void RequireBoolean(Expression operand)
    {
        if (LiteralTypes.Of(operand) is { } actual && actual != LiteralTypes.Boolean)
        {
            throw SemanticErrors.At(operand.Position, $"Type mismatch: expected Boolean but was {actual}");
        }
    }
}
