using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Neo4j.TypedJson;

/// <summary>
/// Encodes parameters in the Query API's typed JSON ({"$type": "Integer", "_value": "1"}), so integers,
/// floats and temporals reach Neo4j with their Cypher type intact.
/// </summary>
internal static class TypedJsonWriter
{
    private const int MaxDepth = 64;

    public static void Write(Utf8JsonWriter writer, object? value) => Write(writer, value, 0);

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth) throw new GraphException(ErrorCodes.ArgumentError, "Parameter values are nested too deeply.", ErrorPhase.Compile);
        switch (value)
        {
            case null: Typed(writer, "Null", w => w.WriteNullValue()); break;
            case bool b: Typed(writer, "Boolean", w => w.WriteBooleanValue(b)); break;
            case long or int or short or sbyte or byte or ushort or uint:
                Typed(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                Typed(writer, "Float", w => w.WriteStringValue(FloatText(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case string s: Typed(writer, "String", w => w.WriteStringValue(s)); break;
            case byte[] bytes: Typed(writer, "Base64", w => w.WriteStringValue(Convert.ToBase64String(bytes))); break;
            case CypherDate d: Typed(writer, "Date", w => w.WriteStringValue(d.ToString())); break;
            case DateOnly d: Typed(writer, "Date", w => w.WriteStringValue(new CypherDate(d).ToString())); break;
            case CypherLocalTime t: Typed(writer, "LocalTime", w => w.WriteStringValue(t.ToString())); break;
            case CypherTime t: Typed(writer, "Time", w => w.WriteStringValue(t.ToString())); break;
            case CypherLocalDateTime t: Typed(writer, "LocalDateTime", w => w.WriteStringValue(t.ToString())); break;
            case CypherDateTime t:
                Typed(writer, t.Zone is null ? "OffsetDateTime" : "ZonedDateTime", w => w.WriteStringValue(t.ToString()));
                break;
            case CypherDuration d: Typed(writer, "Duration", w => w.WriteStringValue(d.ToString())); break;
            case CypherPoint p: Typed(writer, "Point", w => w.WriteStringValue(p.ToString())); break;
            case IDictionary dictionary:
                Typed(writer, "Map", w =>
                {
                    w.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        w.WritePropertyName(entry.Key as string ?? throw NotAParameter(entry.Key));
                        Write(w, entry.Value, depth + 1);
                    }
                    w.WriteEndObject();
                });
                break;
            case IReadOnlyDictionary<string, object?> map:
                Typed(writer, "Map", w =>
                {
                    w.WriteStartObject();
                    foreach (var (key, item) in map)
                    {
                        w.WritePropertyName(key);
                        Write(w, item, depth + 1);
                    }
                    w.WriteEndObject();
                });
                break;
            case IEnumerable list:
                Typed(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list) Write(w, item, depth + 1);
                    w.WriteEndArray();
                });
                break;
            default:
                throw NotAParameter(value);
        }
    }

    private static void Typed(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        value(writer);
        writer.WriteEndObject();
    }

    private static string FloatText(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture);

    private static GraphException NotAParameter(object? value) =>
        new(ErrorCodes.ArgumentError, $"A value of type {value?.GetType().Name ?? "null"} cannot be a Cypher parameter.", ErrorPhase.Compile);
}
