using System.Globalization;
using System.Text.Json;
using Graph.Core.Values;

namespace Graph.Neo4j.TypedJson;

/// <summary>
/// Decodes the Query API's typed JSON ({"$type": …, "_value": …}) into the store's values. Integers and
/// floats arrive as strings so 64-bit values survive; graph entities arrive with element ids only.
/// </summary>
internal static class TypedJsonReader
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            // Tolerate plain JSON (a server that ignored the Accept header).
            return Plain(element);
        }
        var type = typeElement.GetString();
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Date" => CanonicalTemporalParser.Date(value.GetString()!),
            "Time" => CanonicalTemporalParser.Time(value.GetString()!),
            "LocalTime" => CanonicalTemporalParser.LocalTime(value.GetString()!),
            "DateTime" or "OffsetDateTime" or "ZonedDateTime" => CanonicalTemporalParser.DateTime(value.GetString()!),
            "LocalDateTime" => CanonicalTemporalParser.LocalDateTime(value.GetString()!),
            "Duration" => CanonicalTemporalParser.Duration(value.GetString()!),
            "Point" => ParsePoint(value.GetString()!),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            _ => throw new FormatException($"Unknown typed JSON type '{type}'."),
        };
    }

    internal static long NumericId(string elementId)
    {
        // Element ids look like "4:<database uuid>:<id>"; the trailing number is the legacy id.
        var colon = elementId.LastIndexOf(':');
        return long.TryParse(elementId.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : elementId.GetHashCode(StringComparison.Ordinal);
    }

    private static Node ReadNode(JsonElement value)
    {
        var elementId = value.GetProperty("_element_id").GetString()!;
        var labels = value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        return new Node(NumericId(elementId), elementId, labels, ReadMap(value.GetProperty("_properties")));
    }

    private static Relationship ReadRelationship(JsonElement value)
    {
        var elementId = value.GetProperty("_element_id").GetString()!;
        var start = value.GetProperty("_start_node_element_id").GetString()!;
        var end = value.GetProperty("_end_node_element_id").GetString()!;
        return new Relationship(
            NumericId(elementId), elementId, value.GetProperty("_type").GetString()!,
            NumericId(start), NumericId(end), start, end, ReadMap(value.GetProperty("_properties")));
    }

    private static Core.Values.Path ReadPath(JsonElement value)
    {
        var nodes = new List<Node>();
        var relationships = new List<Relationship>();
        foreach (var item in value.EnumerateArray())
        {
            switch (Read(item))
            {
                case Node n: nodes.Add(n); break;
                case Relationship r: relationships.Add(r); break;
                default: throw new FormatException("A path holds only nodes and relationships.");
            }
        }
        return new Core.Values.Path(nodes, relationships);
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>();
        foreach (var property in value.EnumerateObject()) map[property.Name] = Read(property.Value);
        return map;
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
    };

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static CypherPoint ParsePoint(string text)
    {
        // SRID=4326;POINT (x y) or SRID=4979;POINT Z (x y z)
        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var srid = int.Parse(text.AsSpan(5, semicolon - 5), CultureInfo.InvariantCulture);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var coordinates = text[(open + 1)..text.IndexOf(')', StringComparison.Ordinal)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => double.Parse(c, CultureInfo.InvariantCulture))
            .ToArray();
        return new CypherPoint(srid, coordinates[0], coordinates[1], coordinates.Length > 2 ? coordinates[2] : null);
    }
}
