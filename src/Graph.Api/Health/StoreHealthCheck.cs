using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>The store is healthy when it answers <c>RETURN 1</c> with 1, within a few seconds.</summary>
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
            return result.Records is [var row] && row[0] is 1L
                ? HealthCheckResult.Healthy("The store answered RETURN 1.")
                : HealthCheckResult.Unhealthy("The store answered RETURN 1 with something other than 1.");
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
