using Graph.Api.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>Unhealthy while the store cannot take requests (Neo4j not reached yet, or gone away), with why.</summary>
internal sealed class StoreReadinessHealthCheck(StoreReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy(readiness.Summary) : HealthCheckResult.Unhealthy(readiness.Summary));
}
