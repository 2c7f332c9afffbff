using Graph.Cypher.Storage.Durability;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Import;

/// <summary>
/// Fills an empty store in one pass, like Neo4j's offline <c>neo4j-admin database import</c>: records
/// are appended straight into a new state (no per-entity transaction bookkeeping, no change set), and
/// the store's indexes and constraints are built over the result once, at the end. Nothing is visible,
/// and nothing changes, until <see cref="GraphStore.Import"/> returns successfully.
/// </summary>
internal sealed class BulkImporter(GraphTokens tokens, long firstNode, long firstRelationship)
{
    // Adjacency is built once at the end, lists sized exactly: with 12-byte entries, growing lists as
    // relationships arrive cost more in copying and spare capacity than it gained by overlapping the parser.
    private readonly SnapshotStateBuilder _builder = new(tokens, deferAdjacency: true);
    private long _nextNode = firstNode;
    private long _nextRelationship = firstRelationship;

    public GraphTokens Tokens => tokens;

    public long NodeCount { get; private set; }

    public long RelationshipCount { get; private set; }

    /// <summary>The ids the store hands out next, once the import is published.</summary>
    internal (long Node, long Relationship) NextIds => (_nextNode, _nextRelationship);

    /// <summary>Adds a node; labels are distinct label tokens, property values normalised engine values.</summary>
    public long AddNode(int[] labels, Property[] properties)
    {
        var id = _nextNode++;
        _builder.AddNode(id, labels, properties);
        NodeCount++;
        return id;
    }

    /// <summary>Adds a node whose properties were encoded by a <see cref="PropertyBlockWriter"/> with this store's key tokens.</summary>
    public long AddEncodedNode(int[] labels, ReadOnlySpan<byte> encodedProperties)
    {
        var id = _nextNode++;
        _builder.AddEncodedNode(id, labels, encodedProperties);
        NodeCount++;
        return id;
    }

    /// <summary>Adds a relationship between nodes this import added.</summary>
    public long AddRelationship(long start, long end, int type, Property[] properties)
    {
        var id = _nextRelationship++;
        _builder.AddRelationship(id, start, end, type, properties);
        RelationshipCount++;
        return id;
    }

    internal StoreState Build() => _builder.Build();
}
