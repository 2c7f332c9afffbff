using System.Collections;
using System.Text.Json;
using Graph.Api.Json;
using Graph.Core.Values;
using Path = Graph.Core.Values.Path;

namespace Graph.Api.Cypher;

/// <summary>
/// Cypher values as readable JSON for analysts. Nodes and relationships take the shapes of Neo4j's
/// Query API plain JSON ({elementId, labels, properties}; {elementId, type, startNodeElementId,
/// endNodeElementId, properties}) so Neo4j users recognise them; paths are {length, nodes,
/// relationships} rather than one mixed array, which is easier to read and to index; temporals and points as their Neo4j string forms, and NaN or
/// infinities (which JSON cannot carry) as the strings "NaN", "Infinity", "-Infinity".
/// </summary>
internal static class CypherValueJson
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: WriteDouble(writer, d); break;
            case float f: WriteDouble(writer, f); break;
            case Node node: WriteNode(writer, node); break;
            case Relationship rel: WriteRelationship(writer, rel); break;
            case Path path: WritePath(writer, path); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IDictionary<string, object?> map: WriteMap(writer, map.AsReadOnly()); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            // Temporals (CypherDate, CypherDateTime, …) and points print as Neo4j does.
            default: writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>The value's JSON text; a <see cref="BudgetExceededException"/> once it passes <paramref name="maxBytes"/>.</summary>
    public static string ToJsonText(object? value, int maxBytes = int.MaxValue)
    {
        var buffer = new BoundedBufferWriter { Limit = maxBytes };
        using (var writer = new Utf8JsonWriter(buffer, ReadableJson.Options)) Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d)) writer.WriteStringValue("NaN");
        else if (double.IsPositiveInfinity(d)) writer.WriteStringValue("Infinity");
        else if (double.IsNegativeInfinity(d)) writer.WriteStringValue("-Infinity");
        else writer.WriteNumberValue(d);
    }

    private static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", node.ElementId);
        writer.WritePropertyName("labels");
        writer.WriteStartArray();
        foreach (var label in node.Labels) writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, Relationship rel)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", rel.ElementId);
        writer.WriteString("type", rel.Type);
        writer.WriteString("startNodeElementId", rel.StartElementId);
        writer.WriteString("endNodeElementId", rel.EndElementId);
        writer.WritePropertyName("properties");
        WriteMap(writer, rel.Properties);
        writer.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter writer, Path path)
    {
        writer.WriteStartObject();
        writer.WriteNumber("length", path.Length);
        writer.WritePropertyName("nodes");
        writer.WriteStartArray();
        foreach (var node in path.Nodes) WriteNode(writer, node);
        writer.WriteEndArray();
        writer.WritePropertyName("relationships");
        writer.WriteStartArray();
        foreach (var rel in path.Relationships) WriteRelationship(writer, rel);
        writer.WriteEndArray();
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
}
