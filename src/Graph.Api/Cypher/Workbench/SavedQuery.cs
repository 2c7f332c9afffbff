using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Cypher.Workbench;

/// <summary>
/// One analyst query from <c>cypher/queries/NAME.cypher</c>: its question (the <c>// Question:</c> header),
/// its text and the default parameters of its <c>// params: {…}</c> header (a JSON object).
/// </summary>
internal sealed record SavedQuery(string Name, string Question, string Text, JsonObject Parameters)
{
    private const string QuestionHeader = "// Question:";
    private const string ParamsHeader = "// params:";

    /// <summary>Reads the headers among the leading comment lines; a malformed params header is an error naming the file.</summary>
    public static SavedQuery Parse(string name, string text)
    {
        var question = "";
        var parameters = new JsonObject();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
        {
            if (line.StartsWith(QuestionHeader, StringComparison.OrdinalIgnoreCase)) question = line[QuestionHeader.Length..].Trim();
            else if (line.StartsWith(ParamsHeader, StringComparison.OrdinalIgnoreCase)) parameters = ParseParameters(name, line[ParamsHeader.Length..]);
        }
        return new SavedQuery(name, question, text, parameters);
    }

    private static JsonObject ParseParameters(string name, string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject
                ?? throw new InvalidDataException($"cypher/queries/{name}.cypher: the '// params:' header is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"cypher/queries/{name}.cypher: the '// params:' header is not valid JSON ({e.Message}).", e);
        }
    }
}
