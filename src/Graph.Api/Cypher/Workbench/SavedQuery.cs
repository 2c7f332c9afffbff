using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Scripts;

namespace Graph.Api.Cypher.Workbench;

/// <summary>
/// One analyst query from <c>cypher/queries/NAME.cypher</c>: its question (the <c>// Question:</c> header),
/// its text and the default parameters of its <c>// params: {…}</c> header (a JSON object).
/// </summary>
internal sealed record SavedQuery(string Name, string Question, string Text, JsonObject Parameters)
{
    /// <summary>Reads the file's headers; a malformed params header is an error naming the file.</summary>
    public static SavedQuery Parse(string name, string text)
    {
        var header = QueryFileHeader.Read(text);
        var parameters = header.ParamsJson is { } json ? ParseParameters(name, json) : new JsonObject();
        return new SavedQuery(name, header.Question, text, parameters);
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
