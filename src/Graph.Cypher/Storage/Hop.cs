namespace Graph.Cypher.Storage;

/// <summary>One step of an expansion: the relationship taken and the node at its other end.</summary>
internal readonly record struct Hop(long Relationship, long Other);
