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
/// <remarks>
/// The store and the GraphQL service are resolved only once polling is on: a misconfigured or unavailable store must
/// leave the service up and unhealthy (with its reason), not stop the host while it starts.
/// </remarks>
internal sealed class ChangePolling(IServiceProvider services, GraphQLOptions graphQL, IOptions<GraphOptions> graph,
    ILogger<ChangePolling> logger) : BackgroundService
{
    private static readonly TimeSpan Neo4jDefault = TimeSpan.FromMilliseconds(500);

    private readonly TaskCompletionSource _following = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes after the first poll, which notes where the change trail stands: every change committed after it reaches
    /// this instance's subscribers. Never completes while polling is off.
    /// </summary>
    internal Task Following => _following.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = graphQL.Subscriptions.PollInterval ?? (graph.Value.Store == StoreKind.Neo4j ? Neo4jDefault : TimeSpan.Zero);
        if (interval <= TimeSpan.Zero) return;
        try
        {
            var poller = new ChangePoller(services.GetRequiredService<IGraphDatabase>(), services.GetRequiredService<IKnowledgeGraphQL>().Subscriptions);
            await poller.RunAsync(interval, ex => logger.LogWarning(ex, "Reading other instances' changes failed; the next poll tries again."), stoppingToken,
                () => _following.TrySetResult());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Other instances' changes are not followed: the store is not available.");
        }
    }
}
