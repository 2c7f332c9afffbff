using System.Globalization;
using System.Text.Json;
using Graph.Core.Values;

namespace Graph.Cli.Jsonl;

/// <summary>
/// Writes store values in the --jsonl wire form of DESIGN.md: integers as JSON integers, floats always
/// with a decimal point or exponent, non-finite floats and graph/temporal values as "$"-tagged objects.
/// </summary>
internal static class JsonlValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                WriteFloat(writer, d);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case Node n:
                writer.WriteStartObject();
                writer.WritePropertyName("$node");
                WriteNode(writer, n);
                writer.WriteEndObject();
                break;
            case Relationship r:
                writer.WriteStartObject();
                writer.WritePropertyName("$rel");
                WriteRelationship(writer, r);
                writer.WriteEndObject();
                break;
            case Core.Values.Path p:
                WritePath(writer, p);
                break;
            case CypherDate date:
                WriteTagged(writer, "$date", date.ToString());
                break;
            case CypherDateTime dateTime:
                WriteTagged(writer, "$datetime", dateTime.ToString());
                break;
            case CypherLocalDateTime local:
                WriteTagged(writer, "$localdatetime", local.ToString());
                break;
            case CypherTime time:
                WriteTagged(writer, "$time", time.ToString());
                break;
            case CypherLocalTime localTime:
                WriteTagged(writer, "$localtime", localTime.ToString());
                break;
            case CypherDuration duration:
                WriteTagged(writer, "$duration", duration.ToString());
                break;
            case CypherPoint point:
                WritePoint(writer, point);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No wire form for values of type {value.GetType().Name}.");
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d))
        {
            WriteTagged(writer, "$float", "NaN");
            return;
        }
        if (double.IsInfinity(d))
        {
            WriteTagged(writer, "$float", d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        // "R" round-trips; make sure a float never looks like an integer on the wire.
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E') && !text.Contains('e')) text += ".0";
        writer.WriteRawValue(text, skipInputValidation: true);
    }

    /// <summary>{"$point": {"srid", "x", "y"[, "z"]}}, coordinates as floats.</summary>
    private static void WritePoint(Utf8JsonWriter writer, CypherPoint point)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("$point");
        writer.WriteNumber("srid", point.Srid);
        writer.WritePropertyName("x");
        WriteFloat(writer, point.X);
        writer.WritePropertyName("y");
        WriteFloat(writer, point.Y);
        if (point.Z is { } z)
        {
            writer.WritePropertyName("z");
            WriteFloat(writer, z);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTagged(Utf8JsonWriter writer, string tag, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(tag, text);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, Node n)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", n.Id);
        writer.WriteStartArray("labels");
        foreach (var label in n.Labels) writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        WriteMap(writer, n.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, Relationship r)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", r.Id);
        writer.WriteString("type", r.Type);
        writer.WriteNumber("start", r.StartId);
        writer.WriteNumber("end", r.EndId);
        writer.WritePropertyName("properties");
        WriteMap(writer, r.Properties);
        writer.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter writer, Core.Values.Path p)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("$path");
        for (var i = 0; i < p.Nodes.Count; i++)
        {
            if (i > 0) Write(writer, p.Relationships[i - 1]);
            Write(writer, p.Nodes[i]);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
