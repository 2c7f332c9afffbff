using System.Text.Json.Nodes;

namespace Graph.Core.Tests.Seed;

/// <summary>The defaults an analyst query declares in its <c>// params: {…}</c> header line.</summary>
internal static class QueryParameters
{
    private const string Header = "// params: ";

    public static JsonObject? Defaults(string scriptText)
    {
        var line = scriptText.Split('\n').FirstOrDefault(l => l.StartsWith(Header, StringComparison.Ordinal));
        return line is null ? null : JsonNode.Parse(line[Header.Length..])!.AsObject();
    }
}
