using System.Globalization;
using System.Text.Json;
using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Cli.Jsonl;

/// <summary>
/// Reads parameter values from the --jsonl wire form: JSON integers become longs, other numbers
/// doubles, and "$"-tagged objects ($float, $date, …) the values they name.
/// </summary>
internal static class JsonlValueReader
{
    private const int MaxDepth = 64;

    public static object? Read(JsonElement element) => Read(element, 0);

    private static object? Read(JsonElement element, int depth)
    {
        if (depth > MaxDepth) throw Invalid("parameters are nested too deeply");
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? (object)l : element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(Read(item, depth + 1));
                return list;
            default:
                return ReadObject(element, depth);
        }
    }

    private static object? ReadObject(JsonElement element, int depth)
    {
        using var properties = element.EnumerateObject();
        var first = properties.FirstOrDefault();
        if (element.EnumerateObject().Count() == 1 && first.Name.StartsWith('$') && first.Value.ValueKind == JsonValueKind.String)
        {
            var text = first.Value.GetString()!;
            return first.Name switch
            {
                "$float" => text switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    _ => double.Parse(text, CultureInfo.InvariantCulture),
                },
                "$date" or "$localtime" or "$time" or "$datetime" or "$localdatetime" or "$duration" => Temporal(first.Name, text),
                _ => throw Invalid($"unknown tagged value '{first.Name}'"),
            };
        }
        if (element.EnumerateObject().Count() == 1 && first.Name == "$point" && first.Value.ValueKind == JsonValueKind.Object) return Point(first.Value);
        var map = new Dictionary<string, object?>();
        foreach (var property in element.EnumerateObject()) map[property.Name] = Read(property.Value, depth + 1);
        return map;
    }

    /// <summary>{"$point": {"srid", "x", "y"[, "z"]}}.</summary>
    private static CypherPoint Point(JsonElement body)
    {
        double Coordinate(string name) =>
            body.TryGetProperty(name, out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : throw Invalid($"a point needs a number '{name}'");
        if (!body.TryGetProperty("srid", out var srid) || !srid.TryGetInt32(out var code) || code is not (4326 or 4979 or 7203 or 9157))
        {
            throw Invalid("a point needs an 'srid' of 4326, 4979, 7203 or 9157");
        }
        var threeD = code is 4979 or 9157;
        return new CypherPoint(code, Coordinate("x"), Coordinate("y"), threeD ? Coordinate("z") : null);
    }

    /// <summary>Temporals travel in the canonical ISO text Neo4j prints, which Graph.Core reads directly.</summary>
    private static object Temporal(string tag, string text)
    {
        try
        {
            return tag switch
            {
                "$date" => CanonicalTemporalParser.Date(text),
                "$localtime" => CanonicalTemporalParser.LocalTime(text),
                "$time" => CanonicalTemporalParser.Time(text),
                "$datetime" => CanonicalTemporalParser.DateTime(text),
                "$localdatetime" => CanonicalTemporalParser.LocalDateTime(text),
                _ => CanonicalTemporalParser.Duration(text),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw Invalid($"'{text}' is not a valid {tag[1..]} value");
        }
    }

    private static GraphException Invalid(string why) =>
        new(ErrorCodes.InvalidRequest, "Invalid parameters: " + why, ErrorPhase.Compile);
}
