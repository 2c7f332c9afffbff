using System.Collections;
using System.Text.Json;

namespace Graph.GraphQL.Audit;

/// <summary>
/// Store values → JSON text for the audit record: maps with sorted keys (so equal states give equal text),
/// temporals in the text Cypher's toString() gives.
/// </summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(object? value) => JsonSerializer.Serialize(Plain(value), Options);

    private static object? Plain(object? value) => value switch
    {
        null or string or bool or int or long or double => value,
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(kv => kv.Key, kv => Plain(kv.Value)), StringComparer.Ordinal),
        IDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(kv => kv.Key, kv => Plain(kv.Value)), StringComparer.Ordinal),
        IEnumerable list and not string => list.Cast<object?>().Select(Plain).ToList(),
        _ => value.ToString(),
    };
}
