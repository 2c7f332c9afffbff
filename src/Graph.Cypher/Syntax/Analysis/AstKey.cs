using System.Collections;
using System.Reflection;
using System.Text;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>
/// A position-free structural key of a syntax node, so ORDER BY count(*) or ORDER BY n.name can be
/// recognised as the same expression as a projected item written elsewhere in the statement.
/// </summary>
internal static class AstKey
{
    public static string Of(object? node)
    {
        var sb = new StringBuilder();
        Append(sb, node, 0);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? node, int depth)
    {
        if (depth > 200) { sb.Append('…'); return; }
        switch (node)
        {
            case null: sb.Append("null"); return;
            case string s: sb.Append('"').Append(s).Append('"'); return;
            case SourcePosition: return;
            case SyntaxNode syntax:
                sb.Append(syntax.GetType().Name).Append('(');
                foreach (var p in syntax.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (p.Name is "Position" or "EqualityContract" || p.GetIndexParameters().Length > 0) continue;
                    if (p.Name is "Text" && syntax is ProjectionItem) continue;
                    sb.Append(p.Name).Append('=');
                    Append(sb, p.GetValue(syntax), depth + 1);
                    sb.Append(';');
                }
                sb.Append(')');
                return;
            case IEnumerable list when node is not string:
                sb.Append('[');
                foreach (var item in list) { Append(sb, item, depth + 1); sb.Append(','); }
                sb.Append(']');
                return;
            default:
                if (node.GetType().IsGenericType && node.GetType().GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                {
                    Append(sb, node.GetType().GetProperty("Key")!.GetValue(node), depth + 1);
                    sb.Append(':');
                    Append(sb, node.GetType().GetProperty("Value")!.GetValue(node), depth + 1);
                    return;
                }
                sb.Append(node.GetType().Name).Append(':').Append(Convert.ToString(node, System.Globalization.CultureInfo.InvariantCulture));
                return;
        }
    }
}
