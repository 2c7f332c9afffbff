using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>Cypher text of a label expression, for plan details.</summary>
internal static class LabelText
{
    public static string Of(LabelExpression e) => e switch
    {
        LabelName n => n.Name,
        LabelAnd a => Of(a.Left) + "&" + Of(a.Right),
        LabelOr o => "(" + Of(o.Left) + "|" + Of(o.Right) + ")",
        LabelNot n => "!" + Of(n.Operand),
        DynamicLabelExpression d => (d.Any ? "$any(" : "$(") + ExpressionText.Of(d.Expression) + ")",
        _ => "%",
    };
}
