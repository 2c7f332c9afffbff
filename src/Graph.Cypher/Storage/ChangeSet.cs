namespace Graph.Cypher.Storage;

/// <summary>
/// One committed transaction as a list of self-contained operations (names, not tokens), in the
/// order they happened: what a write-ahead log appends and replays.
/// </summary>
internal sealed record ChangeSet(long Version, IReadOnlyList<StoreChange> Changes);

/// <summary>An operation of a change set.</summary>
internal abstract record StoreChange;

internal sealed record NodeCreated(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties) : StoreChange;

internal sealed record NodeDeleted(long Id) : StoreChange;

internal sealed record RelationshipCreated(long Id, long Start, long End, string Type, IReadOnlyDictionary<string, object?> Properties) : StoreChange;

internal sealed record RelationshipDeleted(long Id) : StoreChange;

/// <summary>Value null removes the property.</summary>
internal sealed record NodePropertySet(long Id, string Key, object? Value) : StoreChange;

internal sealed record RelationshipPropertySet(long Id, string Key, object? Value) : StoreChange;

internal sealed record LabelAdded(long Id, string Label) : StoreChange;

internal sealed record LabelRemoved(long Id, string Label) : StoreChange;

internal sealed record IndexCreated(IndexDefinition Definition) : StoreChange;

internal sealed record IndexDropped(string Name) : StoreChange;

internal sealed record ConstraintCreated(ConstraintDefinition Definition) : StoreChange;

internal sealed record ConstraintDropped(string Name) : StoreChange;
