using Graph.GraphQL.Execution;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// The value of a subscription's root field for one event, keyed by schema field name: <c>event</c>,
/// <c>timestamp</c>, <c>sequence</c> and the node (<c>createdAgreement</c>, <c>previousState</c> + <c>updatedAgreement</c>,
/// <c>deletedAgreement</c>), or for relationship events <c>relationshipFieldName</c>, the owner node and
/// <c>createdRelationship</c>/<c>deletedRelationship</c> holding only the event's field: <c>{node, …edge properties}</c>.
/// Store values become GraphQL values (dates, ints); the store's own maps are copied, not changed.
/// </summary>
internal static class EventPayload
{
    public static Dictionary<string, object?> Of(SubscriptionField field, GraphEvent graphEvent)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["event"] = field.EventName,
            ["timestamp"] = graphEvent.Timestamp,
            ["sequence"] = ResultValues.Normalize(graphEvent.Sequence),
        };
        switch (graphEvent)
        {
            case NodeEvent node when field.Kind == GraphEventKind.Update:
                payload["previousState"] = Node(field.Entity.Label, node.Before!);
                payload[field.NodeKey] = Node(field.Entity.Label, node.After!);
                break;
            case NodeEvent node:
                payload[field.NodeKey] = Node(field.Entity.Label, (node.After ?? node.Before)!);
                break;
            case RelationshipEvent rel:
                payload["relationshipFieldName"] = rel.Field;
                payload[field.NodeKey] = Node(rel.Label, rel.Owner);
                var edge = Copy(rel.Properties);
                edge["node"] = Node(rel.OtherLabel, rel.Other);
                payload[field.RelationshipKey] = new Dictionary<string, object?>(StringComparer.Ordinal) { [rel.Field] = edge };
                break;
        }
        return payload;
    }

    private static Dictionary<string, object?> Node(string label, IReadOnlyDictionary<string, object?> properties)
    {
        var node = Copy(properties);
        // The interface over several target types resolves by it, as entity projections do.
        node[ProjectionTranslator.TypeNameKey] = label;
        return node;
    }

    private static Dictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> properties) =>
        properties.ToDictionary(kv => kv.Key, kv => ResultValues.Normalize(kv.Value is List<object?> list ? list.ToList() : kv.Value), StringComparer.Ordinal);
}
