using System.Collections;
using System.Runtime.InteropServices;
using System.Text.Json;
using Graph.Core.Values;

namespace Graph.GraphQL.Execution;

/// <summary>Store values → values GraphQL.NET's scalars serialize (int where it fits, DateOnly for dates, plain maps).</summary>
internal static class ResultValues
{
    /// <remarks>
    /// A store's result belongs to its caller, so the <c>Dictionary</c> and <c>List</c> values it hands out are
    /// normalized where they are, not copied (a two-level answer holds tens of thousands of maps). The same map may
    /// appear twice in one result, so a normalized value normalizes to itself.
    /// </remarks>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        CypherDate d => d.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
        string or bool or long or double or int or DateTime => value,
        Dictionary<string, object?> map => InPlace(map),
        List<object?> list => InPlace(list),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value.ToString(),
    };

    private static Dictionary<string, object?> InPlace(Dictionary<string, object?> map)
    {
        // Values are replaced through a reference to their slot: the dictionary's shape does not change, so its
        // key enumeration stays valid.
        foreach (var key in map.Keys)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(map, key);
            slot = Normalize(slot);
        }
        return map;
    }

    private static List<object?> InPlace(List<object?> list)
    {
        var items = CollectionsMarshal.AsSpan(list);
        for (var i = 0; i < items.Length; i++) items[i] = Normalize(items[i]);
        return list;
    }

    /// <summary>Variables as the host parsed them (possibly JSON elements) → plain values for GraphQL.NET's Inputs.</summary>
    public static object? FromJson(object? value) => value switch
    {
        System.Text.Json.Nodes.JsonNode node => FromJson(JsonSerializer.SerializeToElement(node)),
        JsonElement e => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
            JsonValueKind.Array => e.EnumerateArray().Select(x => FromJson(x)).ToList(),
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.TryGetInt64(out var l) ? l : e.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => FromJson(kv.Value), StringComparer.Ordinal),
        IDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => FromJson(kv.Value), StringComparer.Ordinal),
        IEnumerable list and not string => list.Cast<object?>().Select(FromJson).ToList(),
        _ => value,
    };
}
