namespace Graph.Cypher.Values;

/// <summary>A relationship inside the engine: only its id (type, ends and properties come from the view).</summary>
internal sealed record RelRef(long Id);
