namespace Graph.Cypher.Storage;

/// <summary>Which relationships of a node to walk.</summary>
internal enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
