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
}
