namespace Graph.Cypher.Storage.Durability;

/// <summary>What a snapshot holds besides its records: where it stands in the log, the id counters and the schema rules with their ids.</summary>
internal sealed record SnapshotContents(
    long Lsn,
    long NextNode,
    long NextRelationship,
    List<(IndexDefinition Rule, long Id)> Indexes,
    List<(ConstraintDefinition Rule, long Id)> Constraints,
    long NextRuleId)
{
    /// <summary>A data directory without a snapshot: the schema every new store starts with.</summary>
    public static SnapshotContents Initial => new(
        0,
        0,
        0,
        Schema.SchemaState.Initial.Indexes.Select(i => (i, Schema.SchemaState.Initial.IndexId(i.Name))).ToList(),
        [],
        Schema.SchemaState.Initial.NextRuleId);
}
