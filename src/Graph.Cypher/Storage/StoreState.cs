using System.Collections.Immutable;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>
/// One committed (or savepointed) version of the whole graph. Every part is immutable or
/// copy-on-write, so holding a reference is a consistent snapshot.
/// </summary>
internal sealed record StoreState(
    long Version,
    RecordTable<NodeSlot> Nodes,
    RecordTable<RelationshipSlot> Relationships,
    long NodeCount,
    long RelationshipCount,
    ImmutableDictionary<int, IdSet> LabelIndex,
    ImmutableDictionary<int, IdSet> TypeIndex,
    SchemaState Schema,
    int PropertyKeyCount)
{
    public static readonly StoreState Empty = new(
        0,
        RecordTable<NodeSlot>.Empty,
        RecordTable<RelationshipSlot>.Empty,
        0,
        0,
        ImmutableDictionary<int, IdSet>.Empty,
        ImmutableDictionary<int, IdSet>.Empty,
        SchemaState.Initial,
        0);
}
