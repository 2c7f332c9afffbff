namespace Graph.GraphQL;

/// <summary>
/// The GraphQL service over the knowledge graph, as the HTTP host sees it: a request in, a serialized
/// GraphQL response out. Everything GraphQL-specific (schema, validation, limits, translation to one
/// Cypher statement) stays behind this interface.
/// </summary>
public interface IKnowledgeGraphQL
{
    /// <summary>The schema in SDL, with descriptions.</summary>
    string Sdl { get; }

    Task<GraphQLResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);

    /// <summary>Where committed mutations publish their events; how many subscriptions listen.</summary>
    Subscriptions.SubscriptionHub Subscriptions { get; }

    /// <summary>
    /// Starts an operation sent over a WebSocket: a subscription becomes a live stream of results, one per event it
    /// takes; a query or mutation (or a request refused before it ran) gives its one result.
    /// </summary>
    Task<GraphQLStream> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
