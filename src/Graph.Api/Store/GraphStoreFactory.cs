using Graph.Cypher.Storage;
using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>Creates the one store the process talks to, as <c>Graph:Store</c> says.</summary>
internal sealed partial class GraphStoreFactory(IOptions<GraphOptions> graph, IOptions<Neo4jOptions> neo4j, ILogger<GraphStoreFactory> logger)
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

    private EmbeddedGraphDatabase CreateEmbedded()
    {
        try
        {
            return new EmbeddedGraphDatabase(new EmbeddedGraphOptions
            {
                DataDirectory = graph.Value.ResolvedDataDirectory(),
                ImportDirectory = graph.Value.ImportDirectory,
                // What the data directory drops or fails to write reaches the service log, never silently.
                Warnings = warning => LogStorageWarning(logger, warning.Message, warning.File, warning.Offset, warning.Bytes),
            });
        }
        catch (GraphException e) when (e.Code != ErrorCodes.ServiceUnavailable)
        {
            // A damaged or incomplete directory: to callers the store is unavailable (503), and the message says why.
            throw new GraphException(ErrorCodes.ServiceUnavailable, e.Message, inner: e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data directory: {Warning} (file: {File}, offset: {Offset}, bytes: {Bytes})")]
    private static partial void LogStorageWarning(ILogger logger, string warning, string? file, long? offset, long? bytes);
}
