using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>Creates the one store the process talks to, as <c>Graph:Store</c> says.</summary>
internal sealed class GraphStoreFactory(IOptions<GraphOptions> graph, IOptions<Neo4jOptions> neo4j)
{
    public IGraphDatabase Create() => graph.Value.Store switch
    {
        StoreKind.Neo4j => CreateNeo4j(),
        StoreKind.Embedded => CreateEmbedded(),
        _ => throw new GraphException(ErrorCodes.InvalidRequest, $"Graph:Store '{graph.Value.Store}' is not a store this host knows."),
    };

    private Neo4jGraphDatabase CreateNeo4j()
    {
        if (string.IsNullOrEmpty(neo4j.Value.Password) && string.IsNullOrEmpty(neo4j.Value.BearerToken))
        {
            throw new GraphException(
                ErrorCodes.ServiceUnavailable,
                "Graph:Store=Neo4j needs Graph:Neo4j:Password (or Graph:Neo4j:BearerToken) to be set.");
        }
        return new Neo4jGraphDatabase(neo4j.Value);
    }

    private EmbeddedGraphDatabase CreateEmbedded() => new(new EmbeddedGraphOptions
    {
        DataDirectory = graph.Value.ResolvedDataDirectory(),
    });
}
