namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// Which events a subscription takes: those of its field's entity and kind whose node (and, for relationship events,
/// the related node and the edge) pass its <c>where</c>. As in the Neo4j GraphQL Library, a create is tested on the
/// new properties and an update or delete on the previous ones. A relationship event's <c>where</c> may name fields
/// under <c>createdRelationship</c>/<c>deletedRelationship</c>: the event's field must be one of them and pass its
/// <c>node</c> and <c>edge</c> conditions.
/// </summary>
internal static class EventFilter
{
    public static Func<GraphEvent, bool> For(SubscriptionField field, object? where)
    {
        if (!SubscriptionField.IsRelationship(field.Kind))
        {
            var node = PropertyFilter.From(where, "where");
            return e => field.Takes(e) && e is NodeEvent n && (node is null || node.Matches(field.Kind == GraphEventKind.Create ? n.After! : n.Before!));
        }

        var map = where as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        var owner = PropertyFilter.From(map.TryGetValue(field.NodeKey, out var o) ? o : null, "where." + field.NodeKey);
        Dictionary<string, (PropertyFilter? Node, PropertyFilter? Edge)>? fields = null;
        if (map.TryGetValue(field.RelationshipKey, out var r) && r is IDictionary<string, object?> relationships)
        {
            fields = new Dictionary<string, (PropertyFilter?, PropertyFilter?)>(StringComparer.Ordinal);
            foreach (var (name, value) in relationships)
            {
                var conditions = value as IDictionary<string, object?> ?? new Dictionary<string, object?>();
                var path = $"where.{field.RelationshipKey}.{name}";
                fields[name] = (PropertyFilter.From(conditions.TryGetValue("node", out var n) ? n : null, path + ".node"),
                    PropertyFilter.From(conditions.TryGetValue("edge", out var e) ? e : null, path + ".edge"));
            }
        }
        return e => field.Takes(e) && e is RelationshipEvent rel
            && (owner is null || owner.Matches(rel.Owner))
            && (fields is null || (fields.TryGetValue(rel.Field, out var f)
                && (f.Node is null || f.Node.Matches(rel.Other))
                && (f.Edge is null || f.Edge.Matches(rel.Properties))));
    }
}
