using System.Text.Json;
using Graph.Core.Values;
using Graph.GraphQL.Audit;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The events of one change as JSON text on its audit record, and back. Property values keep their JSON kinds; a date
/// (the one temporal the schema serves as such) travels as <c>{"date": "2023-04-12"}</c>, which no stored property can be
/// since properties are never maps; other temporals as Cypher's toString() text, as subscribers get them anyway. The
/// sequence is the record's own <c>seq</c>, so it is not stored.
/// </summary>
internal static class EventJson
{
    private const string DateTag = "date";

    public static string Write(IReadOnlyList<GraphEvent> events) => AuditJson.Serialize(events.Select(Shape).ToList());

    public static List<GraphEvent> Read(string json, long sequence)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => Event(e, sequence)).ToList();
    }

    private static Dictionary<string, object?> Shape(GraphEvent graphEvent) => graphEvent switch
    {
        NodeEvent node => new(StringComparer.Ordinal)
        {
            ["kind"] = node.Kind.ToString(), ["label"] = node.Label, ["before"] = Tagged(node.Before), ["after"] = Tagged(node.After),
        },
        RelationshipEvent rel => new(StringComparer.Ordinal)
        {
            ["kind"] = rel.Kind.ToString(), ["label"] = rel.Label, ["field"] = rel.Field, ["owner"] = Tagged(rel.Owner),
            ["otherLabel"] = rel.OtherLabel, ["other"] = Tagged(rel.Other), ["properties"] = Tagged(rel.Properties),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(graphEvent), graphEvent.GetType().Name, "No stored shape for this event."),
    };

    private static Dictionary<string, object?>? Tagged(IReadOnlyDictionary<string, object?>? properties) =>
        properties?.ToDictionary(kv => kv.Key, kv => Tag(kv.Value), StringComparer.Ordinal);

    private static object? Tag(object? value) => value switch
    {
        CypherDate date => new Dictionary<string, object?> { [DateTag] = date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select(Tag).ToList(),
        _ => value,
    };

    private static GraphEvent Event(JsonElement e, long sequence)
    {
        var kind = Enum.Parse<GraphEventKind>(e.GetProperty("kind").GetString()!);
        var label = e.GetProperty("label").GetString()!;
        return kind is GraphEventKind.CreateRelationship or GraphEventKind.DeleteRelationship
            ? new RelationshipEvent(kind, sequence, 0, label, e.GetProperty("field").GetString()!, Map(e.GetProperty("owner"))!,
                e.GetProperty("otherLabel").GetString()!, Map(e.GetProperty("other"))!, Map(e.GetProperty("properties"))!)
            : new NodeEvent(kind, sequence, 0, label, Map(e.GetProperty("before")), Map(e.GetProperty("after")));
    }

    private static Dictionary<string, object?>? Map(JsonElement e) =>
        e.ValueKind == JsonValueKind.Null ? null : e.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when e.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object when e.TryGetProperty(DateTag, out var date) =>
            new CypherDate(DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        JsonValueKind.Object => Map(e),
        _ => null,
    };
}
