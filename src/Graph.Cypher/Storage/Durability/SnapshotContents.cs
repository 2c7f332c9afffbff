namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// What a snapshot holds besides its records: where it stands in the log, the id counters, the schema rules
/// with their ids, and (format 2) the full-text indexes' stored data by index name.
/// </summary>
internal sealed record SnapshotContents(
    long Lsn,
    long NextNode,
    long NextRelationship,
    List<(IndexDefinition Rule, long Id)> Indexes,
    List<(ConstraintDefinition Rule, long Id)> Constraints,
    long NextRuleId)
{
    /// <summary>Stored full-text indexes; each covers the snapshot's entities (ids below its counters), not those the log adds.</summary>
    public IReadOnlyDictionary<string, StoredFulltext> Fulltext { get; init; } = new Dictionary<string, StoredFulltext>();

    /// <summary>A data directory without a snapshot: the schema every new store starts with.</summary>
    public static SnapshotContents Initial => new(
        0,
        0,
        0,
        Schema.SchemaState.Initial.Indexes.Select(i => (i, Schema.SchemaState.Initial.IndexId(i.Name))).ToList(),
        [],
        Schema.SchemaState.Initial.NextRuleId);
}
