using Graph.Api.Configuration;
using Graph.Core.Store;
using Graph.GraphQL;
using Graph.GraphQL.Subscriptions;
using Microsoft.Extensions.Options;

namespace Graph.Api.GraphQL;

/// <summary>
/// Runs this instance's <see cref="ChangePoller"/>, so its subscribers see changes other instances of the service commit
/// to the same Neo4j database. Off on the embedded engine unless configured (one process owns that store) and when
/// <c>Graph:GraphQL:Subscriptions:PollInterval</c> is zero.
/// </summary>
internal sealed class ChangePolling(IKnowledgeGraphQL service, IGraphDatabase database, GraphQLOptions graphQL, IOptions<GraphOptions> graph,
    ILogger<ChangePolling> logger) : BackgroundService
{
    private static readonly TimeSpan Neo4jDefault = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = graphQL.Subscriptions.PollInterval ?? (graph.Value.Store == StoreKind.Neo4j ? Neo4jDefault : TimeSpan.Zero);
        if (interval <= TimeSpan.Zero) return;
        var poller = new ChangePoller(database, service.Subscriptions);
        try
        {
            await poller.RunAsync(interval, ex => logger.LogWarning(ex, "Reading other instances' changes failed; the next poll tries again."), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
