using Graph.Api.Configuration;
using Graph.Core.Store;
using Graph.Neo4j;

namespace Graph.Api.Store;

/// <summary>Registers the configured store (embedded by default) and its start-up work.</summary>
internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateOnStart();
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection($"{GraphOptions.Section}:Neo4j"));
        services.AddSingleton<GraphStoreFactory>();
        // One store per process; a factory that throws leaves nothing cached, so every caller gets the
        // same clear GraphException instead of a half-built store.
        services.AddSingleton<IGraphDatabase>(sp => sp.GetRequiredService<GraphStoreFactory>().Create());
        services.AddSingleton<SeedState>();
        services.AddHostedService<StoreStartup>();
        services.AddGraphStoreReadiness(configuration);
        return services;
    }
}
