namespace Graph.Cypher.Storage.Records;

/// <summary>
/// One property: interned key token and engine value (never null: null removes). The input of
/// <see cref="PropertyCodec"/> and what it decodes to; records keep encoded blocks, not these.
/// </summary>
internal readonly record struct Property(int Key, object Value);
