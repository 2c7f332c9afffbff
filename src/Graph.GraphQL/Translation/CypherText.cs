namespace Graph.GraphQL.Translation;

/// <summary>Identifiers and model-name literals as Cypher writes them; the syntax tree (<see cref="Ast"/>) prints through these.</summary>
internal static class CypherText
{
    /// <summary>Identifiers come only from the model or GraphQL names; backticks keep them safe anyway.</summary>
    public static string Name(string name) =>
        IsPlain(name) ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Labels(IReadOnlyList<string> labels) => string.Join("|", labels.Select(Name));

    /// <summary>Only for names taken from the model, never for user values.</summary>
    public static string Literal(string modelName) => "'" + modelName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static bool IsPlain(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
