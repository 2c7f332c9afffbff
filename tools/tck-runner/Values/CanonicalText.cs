using System.Collections;
using System.Globalization;
using System.Text;
using Graph.Core.Values;

namespace Graph.TckRunner.Values;

/// <summary>
/// Writes an expected TCK value or an actual engine value as one canonical text, so the two compare as strings:
/// labels and map keys sorted, floats in round-trip form (-0.0 equal to 0.0, as Cypher's = has it), temporals as the quoted text Neo4j prints (the TCK
/// writes them as strings). With <c>sortLists</c> list items are sorted too ("ignoring element order for lists").
/// </summary>
internal static class CanonicalText
{
    public static string Of(object? value, bool sortLists = false)
    {
        var text = new StringBuilder();
        Write(text, value, sortLists);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, bool sortLists)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case string s: Quote(text, s); break;
            case double d: text.Append(Float(d)); break;
            case float f: text.Append(Float(f)); break;
            case long or int or short or byte: text.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ExpectedNode node: WriteNode(text, node.Labels, node.Properties, sortLists); break;
            case Node node: WriteNode(text, node.Labels, node.Properties, sortLists); break;
            case ExpectedRelationship rel: WriteRelationship(text, rel.Type, rel.Properties, sortLists); break;
            case Relationship rel: WriteRelationship(text, rel.Type, rel.Properties, sortLists); break;
            case ExpectedPath path: WriteExpectedPath(text, path, sortLists); break;
            case Core.Values.Path path: WritePath(text, path, sortLists); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(text, map, sortLists); break;
            case IEnumerable list: WriteList(text, list, sortLists); break;
            default: Quote(text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    private static string Float(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Inf" : double.IsNegativeInfinity(d) ? "-Inf" : d == 0 ? "f0" : "f" + d.ToString("R", CultureInfo.InvariantCulture);

    private static void Quote(StringBuilder text, string s) => text.Append('\'').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');

    private static void WriteList(StringBuilder text, IEnumerable list, bool sortLists)
    {
        var items = list.Cast<object?>().Select(item => Of(item, sortLists));
        if (sortLists) items = items.Order(StringComparer.Ordinal);
        text.Append('[').AppendJoin(", ", items).Append(']');
    }

    private static void WriteMap(StringBuilder text, IReadOnlyDictionary<string, object?> map, bool sortLists)
    {
        text.Append('{').AppendJoin(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Of(p.Value, sortLists))).Append('}');
    }

    private static void WriteNode(StringBuilder text, IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties, bool sortLists)
    {
        text.Append('(');
        foreach (var label in labels.Order(StringComparer.Ordinal)) text.Append(':').Append(label);
        if (properties.Count > 0) WriteMap(text.Append(' '), properties, sortLists);
        text.Append(')');
    }

    private static void WriteRelationship(StringBuilder text, string type, IReadOnlyDictionary<string, object?> properties, bool sortLists)
    {
        text.Append("[:").Append(type);
        if (properties.Count > 0) WriteMap(text.Append(' '), properties, sortLists);
        text.Append(']');
    }

    private static void WriteExpectedPath(StringBuilder text, ExpectedPath path, bool sortLists)
    {
        text.Append('<');
        Write(text, path.Nodes[0], sortLists);
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var (rel, forward) = path.Steps[i];
            text.Append(forward ? "-" : "<-");
            Write(text, rel, sortLists);
            text.Append(forward ? "->" : "-");
            Write(text, path.Nodes[i + 1], sortLists);
        }
        text.Append('>');
    }

    private static void WritePath(StringBuilder text, Core.Values.Path path, bool sortLists)
    {
        text.Append('<');
        Write(text, path.Nodes[0], sortLists);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var forward = rel.StartElementId == path.Nodes[i].ElementId;
            text.Append(forward ? "-" : "<-");
            Write(text, rel, sortLists);
            text.Append(forward ? "->" : "-");
            Write(text, path.Nodes[i + 1], sortLists);
        }
        text.Append('>');
    }
}
