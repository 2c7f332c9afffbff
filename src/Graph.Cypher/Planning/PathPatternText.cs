using System.Globalization;
using System.Text;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// A whole pattern part as plan details: its selector, nodes, relationships, quantified groups with their WHERE, and
/// a parenthesized WHERE: <c>SHORTEST 2 GROUPS (a)-[:LINK]-{1,}(b)</c>. Names the engine made up print without
/// their leading space (bound anonymous ends) or not at all (a group's inner anonymous nodes).
/// </summary>
internal static class PathPatternText
{
    public static string Of(PatternPart part)
    {
        var text = new StringBuilder(Selector(part));
        var element = Element(part);
        if (part.InnerWhere is not null) element = "(" + element + " WHERE " + ExpressionText.Of(part.InnerWhere) + ")";
        text.Append(part.GqlSelector || part.Selector == PathSelector.All ? element : "(" + element + ")");
        return part.PathVariable is null || part.PathVariable.StartsWith(' ') ? text.ToString() : part.PathVariable + " = " + text;
    }

    private static string Selector(PatternPart part) => part switch
    {
        { Selector: PathSelector.All } => "",
        { GqlSelector: false, Selector: PathSelector.ShortestPath } => "shortestPath",
        { GqlSelector: false } => "allShortestPaths",
        { SelectorGroups: true } => $"SHORTEST {part.SelectorCount} GROUPS ",
        { Selector: PathSelector.AllShortestPaths } => "ALL SHORTEST ",
        _ => $"SHORTEST {part.SelectorCount} ",
    };

    private static string Element(PatternPart part)
    {
        var text = new StringBuilder(Node(part.Nodes[0]));
        for (var i = 0; i < part.Relationships.Count; i++)
        {
            var rel = part.Relationships[i];
            if (rel.Group is { } group)
            {
                var inner = Element(group) + (rel.GroupWhere is null ? "" : " WHERE " + ExpressionText.Of(rel.GroupWhere));
                text.Append(" (").Append(inner).Append(')').Append(Quantifier(rel.Length!)).Append(' ');
            }
            else
            {
                text.Append(Relationship(rel));
            }
            text.Append(Node(part.Nodes[i + 1]));
        }
        return text.ToString();
    }

    private static string Node(NodePattern node)
    {
        var name = node.Variable is null || node.Variable.StartsWith("  ", StringComparison.Ordinal) ? "" : node.Variable.Trim();
        var labels = node.Labels is null ? "" : ":" + Logical.LabelText.Of(node.Labels);
        return "(" + name + labels + ")";
    }

    private static string Relationship(RelationshipPattern rel)
    {
        var types = rel.Types is null ? "" : ":" + (StatementShape.TypeNames(rel.Types) is { } names ? string.Join("|", names) : Logical.LabelText.Of(rel.Types));
        var where = rel.Where is null ? "" : " WHERE " + ExpressionText.Of(rel.Where);
        var inner = rel.Variable is null && types.Length == 0 && where.Length == 0 ? "--" : "-[" + rel.Variable + types + where + "]-";
        var length = rel.Length is null ? "" : Quantifier(rel.Length);
        return rel.Direction switch
        {
            RelationshipDirection.Outgoing => inner + ">" + length,
            RelationshipDirection.Incoming => "<" + inner + length,
            _ => inner + length,
        };
    }

    private static string Quantifier(VariableLength length) =>
        "{" + (length.Min ?? 1).ToString(CultureInfo.InvariantCulture) + "," + length.Max?.ToString(CultureInfo.InvariantCulture) + "}";
}
