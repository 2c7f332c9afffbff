namespace Graph.Cypher.Values;

/// <summary>
/// A node inside the engine: only its id. Labels and properties are read through the transaction's
/// <see cref="Storage.IGraphView"/>, so a value never holds a stale copy of the node.
/// </summary>
internal sealed record NodeRef(long Id);
