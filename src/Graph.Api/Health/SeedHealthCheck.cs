using Graph.Api.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Graph.Api.Health;

/// <summary>Unhealthy when start-up seeding was asked for and failed: the store answers, but not with the graph users expect.</summary>
internal sealed class SeedHealthCheck(SeedState seed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(seed.Failure is null ? HealthCheckResult.Healthy(seed.Summary) : HealthCheckResult.Unhealthy(seed.Summary));
}
