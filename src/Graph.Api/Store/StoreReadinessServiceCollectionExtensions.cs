using Graph.Api.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Store;

/// <summary>Registers readiness: its state, the Neo4j wait-seed-watch loop, and the gate in front of the store's endpoints.</summary>
internal static class StoreReadinessServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStoreReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jReadinessOptions>().Bind(configuration.GetSection(Neo4jReadinessOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoreReadiness>();
        services.AddHostedService<Neo4jStartup>();
        services.AddTransient<IStartupFilter, StoreReadinessGateStartupFilter>();
        return services;
    }
}
