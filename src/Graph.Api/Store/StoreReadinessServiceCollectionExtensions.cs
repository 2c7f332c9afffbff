using Graph.Api.Configuration;
using Graph.Neo4j;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Store;

/// <summary>Registers readiness: its state, the Neo4j wait-seed-watch loop, and the gate in front of the store's endpoints.</summary>
internal static class StoreReadinessServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStoreReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        // A zero pause would spin against a Neo4j that is down; a negative one would stop the loop.
        services.AddOptions<Neo4jReadinessOptions>().Bind(configuration.GetSection(Neo4jReadinessOptions.Section))
            .Validate(o => o.InitialBackoff > TimeSpan.Zero && o.MaxBackoff >= o.InitialBackoff && o.ProbeInterval > TimeSpan.Zero,
                $"{Neo4jReadinessOptions.Section}: InitialBackoff and ProbeInterval must be positive and MaxBackoff at least InitialBackoff.")
            .ValidateOnStart();
        services.AddOptions<Neo4jOptions>()
            .Validate(o => o.Retry.MaxAttempts >= 1 && o.Retry.InitialDelay >= TimeSpan.Zero && o.Retry.MaxDelay >= TimeSpan.Zero && o.Retry.MaxRetryTime >= TimeSpan.Zero,
                "Graph:Neo4j:Retry: MaxAttempts must be at least 1 and InitialDelay, MaxDelay and MaxRetryTime not negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreReadiness>();
        services.AddHostedService<Neo4jStartup>();
        services.AddTransient<IStartupFilter, StoreReadinessGateStartupFilter>();
        return services;
    }
}
