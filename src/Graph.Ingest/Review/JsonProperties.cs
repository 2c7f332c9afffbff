using System.Text.Json;

namespace Graph.Ingest.Review;

/// <summary>A JSON object of edge properties (a stored proposal's, or an editor's edit) → plain values: string, long, double, bool, null.</summary>
public static class JsonProperties
{
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static Dictionary<string, object?> Parse(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? throw new JsonException("null is not an object"))
            .ToDictionary(kv => kv.Key, kv => Plain(kv.Value), StringComparer.Ordinal);

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => value.ToString(),
    };
}
