using System.Text.Json;
using Graph.BenchData.Model;

namespace Graph.BenchData.Output;

/// <summary>
/// Writes a graph as the JSON the reference server loads:
/// <c>{"nodes": [{"label", "properties"}], "relationships": [{"type", "from", "to", "properties"}]}</c>,
/// where from/to are node positions and dates are ISO text (as GraphQL serialises them).
/// Order is insertion order, which the reference server keeps.
/// </summary>
internal static class GraphJsonWriter
{
    public static void Write(GraphData graph, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("label", node.Label);
            WriteProperties(json, node.Properties);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in graph.Relationships)
        {
            json.WriteStartObject();
            json.WriteString("type", relationship.Type);
            json.WriteNumber("from", relationship.From.Index);
            json.WriteNumber("to", relationship.To.Index);
            WriteProperties(json, relationship.Properties);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, Dictionary<string, object?> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list) WriteValue(json, item);
                json.WriteEndArray();
                break;
            // Temporals and anything else: their ISO text, as the GraphQL layer answers them.
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
