using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Cypher text of an expression for plan details (EXPLAIN), in a compact form close to Neo4j's.</summary>
internal static class ExpressionText
{
    public static string Of(Expression e) => e switch
    {
        Literal or Parameter => ConstantText.Of(e),
        Variable v => v.Name.StartsWith(' ') ? v.Name.Trim() : v.Name,
        PropertyAccess p => Of(p.Subject) + "." + p.Key,
        IndexAccess i => Of(i.Subject) + "[" + Of(i.Index) + "]",
        ListLiteral l => "[" + string.Join(", ", l.Items.Select(Of)) + "]",
        MapLiteral m => "{" + string.Join(", ", m.Entries.Select(kv => kv.Key + ": " + Of(kv.Value))) + "}",
        BinaryExpression b => Of(b.Left) + " " + Symbol(b.Operator) + " " + Of(b.Right),
        UnaryExpression { Operator: UnaryOperator.Not } u => "NOT " + Of(u.Operand),
        UnaryExpression { Operator: UnaryOperator.Negate } u => "-" + Of(u.Operand),
        UnaryExpression u => Of(u.Operand),
        IsNullExpression n => Of(n.Operand) + (n.Negated ? " IS NOT NULL" : " IS NULL"),
        TypePredicate t => Of(t.Operand) + (t.Negated ? " IS NOT :: " : " IS :: ") + t.Type,
        LabelCheck lc => Of(lc.Subject) + ":" + Logical.LabelText.Of(lc.Labels),
        CountStar => "count(*)",
        FunctionCall f => f.Name + "(" + (f.Distinct ? "DISTINCT " : "") + string.Join(", ", f.Arguments.Select(Of)) + ")",
        MapProjection mp => mp.Subject + "{…}",
        CaseExpression => "CASE … END",
        _ => "…",
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.LessThan => "<",
        BinaryOperator.LessThanOrEqual => "<=",
        BinaryOperator.GreaterThan => ">",
        BinaryOperator.GreaterThanOrEqual => ">=",
        BinaryOperator.And => "AND",
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.In => "IN",
        BinaryOperator.StartsWith => "STARTS WITH",
        BinaryOperator.EndsWith => "ENDS WITH",
        BinaryOperator.Contains => "CONTAINS",
        _ => "=~",
    };
}
