using System.Collections.Immutable;
using Graph.Cypher.Storage.Counts;
using Graph.Cypher.Storage.Indexing;
using Graph.Cypher.Storage.Records;
using Graph.Cypher.Storage.Schema;

namespace Graph.Cypher.Storage;

/// <summary>
/// One committed (or savepointed) version of the whole graph. Every part is immutable or
/// copy-on-write, so holding a reference is a consistent snapshot. <paramref name="Arena"/> holds the
/// property blocks the slots refer to (null only while no record was ever written); versions share it
/// until a compaction moves live blocks to a new one, and <paramref name="LiveBlockBytes"/> (the bytes of
/// blocks some record of this version uses) tells the writer when that pays off. <paramref name="Counts"/>
/// are the relationship counts the planner estimates with (null: not counted yet; the next writer counts).
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
    int PropertyKeyCount,
    PropertyArena? Arena = null,
    long LiveBlockBytes = 0,
    RelationshipCounts? Counts = null)
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
        0,
        Counts: RelationshipCounts.Empty);
}
