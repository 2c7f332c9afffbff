using Graph.Core.Store;

namespace Graph.Neo4j.Http;

/// <summary>A decoded Query API answer: the result, bookmarks, and for /tx the transaction id.</summary>
internal sealed record QueryApiResponse(QueryResult Result, IReadOnlyList<string> Bookmarks, string? TransactionId, string? ClusterAffinity);
