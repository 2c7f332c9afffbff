using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>
/// The store is healthy when it answers <c>RETURN 1</c> with 1, within a few seconds, and (embedded) its
/// data directory takes writes: a failed log write (a full disk) or checkpoint makes it Degraded, with why.
/// </summary>
internal sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            var store = services.GetRequiredService<IGraphDatabase>();
            var result = await store.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, deadline.Token).WaitAsync(deadline.Token);
            if (result.Records is not [var row] || row[0] is not 1L)
            {
                return HealthCheckResult.Unhealthy("The store answered RETURN 1 with something other than 1.");
            }
            return store is EmbeddedGraphDatabase { DataDirectoryStatus: { IsHealthy: false } files }
                ? HealthCheckResult.Degraded("The store answers reads, but its data directory is failing: " + string.Join(" ", new[] { files.WriteFailure, files.CheckpointFailure }.OfType<string>()))
                : HealthCheckResult.Healthy("The store answered RETURN 1.");
        }
        catch (GraphException e)
        {
            return HealthCheckResult.Unhealthy($"{e.Code}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {Timeout}.");
        }
    }
}
