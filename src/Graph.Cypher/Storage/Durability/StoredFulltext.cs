using Graph.Cypher.Storage.Fulltext;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// A full-text index as a snapshot stored it: exact for the entities the snapshot holds (node ids below
/// <paramref name="NodesBelow"/>, relationship ids below <paramref name="RelationshipsBelow"/>); entities the
/// log creates after it are added when the index is installed.
/// </summary>
internal sealed record StoredFulltext(FulltextIndex Index, long NodesBelow, long RelationshipsBelow);
