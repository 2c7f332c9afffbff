using System.Text.Json;

namespace Graph.Api.Json;

/// <summary>
/// Turns request JSON (GraphQL variables, Cypher parameters) into the plain values the store and the
/// GraphQL layer take: null, bool, long, double, string, lists and string-keyed maps.
/// </summary>
internal static class JsonToClr
{
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement obj)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject()) map[property.Name] = ToValue(property.Value);
        return map;
    }

    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        // Integers stay integers (Cypher INTEGER); anything with a fraction or exponent, or beyond
        // 64 bits, is a FLOAT as in Neo4j's drivers.
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => ToMap(element),
        _ => throw new JsonException($"Unexpected JSON value kind {element.ValueKind}."),
    };
}
