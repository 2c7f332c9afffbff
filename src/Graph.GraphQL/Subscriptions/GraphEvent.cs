namespace Graph.GraphQL.Subscriptions;

/// <summary>The kinds of event, as the schema's <c>EventType</c> enum names them (the Neo4j GraphQL Library's names).</summary>
internal enum GraphEventKind
{
    Create,
    Update,
    Delete,
    CreateRelationship,
    DeleteRelationship,
}

/// <summary>
/// One committed change, as subscribers see it. <see cref="Sequence"/> is the audit record's <c>seq</c> of the mutation
/// field that made it (events of one field share it and keep the order they were made in); <see cref="Timestamp"/> is
/// milliseconds since 1970 (UTC), the same for every event of one request.
/// </summary>
internal abstract record GraphEvent(GraphEventKind Kind, long Sequence, double Timestamp, string Label);

/// <summary>A node created, updated or deleted: its properties before (null for a create) and after (null for a delete).</summary>
internal sealed record NodeEvent(
    GraphEventKind Kind, long Sequence, double Timestamp, string Label,
    IReadOnlyDictionary<string, object?>? Before, IReadOnlyDictionary<string, object?>? After)
    : GraphEvent(Kind, Sequence, Timestamp, Label);

/// <summary>
/// A relationship created or deleted, seen from one of its ends: the owner of relationship field <see cref="Field"/>
/// (<see cref="GraphEvent.Label"/>, <see cref="Owner"/>), the node at the other end, and the edge's properties.
/// A relationship both of whose ends have a field gives one event per end.
/// </summary>
internal sealed record RelationshipEvent(
    GraphEventKind Kind, long Sequence, double Timestamp, string Label, string Field,
    IReadOnlyDictionary<string, object?> Owner, string OtherLabel, IReadOnlyDictionary<string, object?> Other,
    IReadOnlyDictionary<string, object?> Properties)
    : GraphEvent(Kind, Sequence, Timestamp, Label);
