using System.Text;
using Graph.Core.Model;

namespace Graph.GraphQL.Translation;

/// <summary>Small helpers for writing Cypher: identifiers, label expressions, patterns, indentation.</summary>
internal static class CypherText
{
    /// <summary>Identifiers come only from the model or GraphQL names; backticks keep them safe anyway.</summary>
    public static string Name(string name) =>
        IsPlain(name) ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Labels(IReadOnlyList<string> labels) => string.Join("|", labels.Select(Name));

    public static string Pattern(string from, RelationshipField field, string? relationship, string to) =>
        field.Direction == RelationshipDirection.Outgoing
            ? $"({from})-[{relationship}:{Name(field.RelationshipType)}]->({to}:{Labels(field.Targets)})"
            : $"({from})<-[{relationship}:{Name(field.RelationshipType)}]-({to}:{Labels(field.Targets)})";

    /// <summary>The GraphQL type name of a node: its label among <paramref name="labels"/>.</summary>
    public static string TypeName(string variable, IReadOnlyList<string> labels) => labels.Count == 1
        ? Literal(labels[0])
        : "CASE " + string.Concat(labels.Select(l => $"WHEN {variable}:{Name(l)} THEN {Literal(l)} ")) + "END";

    /// <summary>Only for names taken from the model, never for user values.</summary>
    public static string Literal(string modelName) => "'" + modelName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public static string Block(IEnumerable<string> lines) =>
        string.Join("\n", lines.SelectMany(l => l.Split('\n')).Select(l => "    " + l));

    public static string Call(string imports, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        text.Append("CALL (").Append(imports).Append(") {\n").Append(Block(lines)).Append("\n}");
        return text.ToString();
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
