using System.Globalization;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Cypher text of a constant (literal, parameter, list of those) for plan details.</summary>
internal static class ConstantText
{
    public static string Of(Expression e) => e switch
    {
        Parameter p => "$" + p.Name,
        Literal { Value: string s } => "'" + s.Replace("'", "\\'", StringComparison.Ordinal) + "'",
        Literal { Value: null } => "null",
        Literal { Value: bool b } => b ? "true" : "false",
        Literal { Value: IFormattable f } => f.ToString(null, CultureInfo.InvariantCulture),
        Literal l => l.Value?.ToString() ?? "null",
        ListLiteral list => "[" + string.Join(", ", list.Items.Select(Of)) + "]",
        _ => "…",
    };
}
