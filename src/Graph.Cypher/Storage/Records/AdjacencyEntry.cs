namespace Graph.Cypher.Storage.Records;

/// <summary>One relationship as a node's adjacency sees it: its id, the node at its other end, its type token.</summary>
internal readonly record struct AdjacencyEntry(long Relationship, long Other, int Type);
