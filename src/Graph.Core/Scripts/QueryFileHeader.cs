namespace Graph.Core.Scripts;

/// <summary>
/// The headers of a saved query file (<c>cypher/queries/*.cypher</c>): among the comment lines that open it,
/// <c>// Question: …</c> (what it answers) and <c>// params: {…}</c> (its default parameters as JSON text).
/// The CLI and the workbench both read these files, so the format is parsed in one place.
/// </summary>
public sealed record QueryFileHeader(string Question, string? ParamsJson)
{
    private const string QuestionPrefix = "question:";
    private const string ParamsPrefix = "params:";

    /// <summary>Reads the leading comment lines (blank lines between them allowed); the first code line ends the header.</summary>
    public static QueryFileHeader Read(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var question = "";
        string? parameters = null;
        foreach (var raw in script.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            if (!line.StartsWith("//")) break;
            var body = line[2..].TrimStart();
            if (body.StartsWith(QuestionPrefix, StringComparison.OrdinalIgnoreCase)) question = body[QuestionPrefix.Length..].Trim().ToString();
            else if (parameters is null && body.StartsWith(ParamsPrefix, StringComparison.OrdinalIgnoreCase))
                parameters = NonEmpty(body[ParamsPrefix.Length..].Trim().ToString());
        }
        return new QueryFileHeader(question, parameters);
    }

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;
}
