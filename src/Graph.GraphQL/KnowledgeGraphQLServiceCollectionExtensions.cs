using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL;

/// <summary>Registers the GraphQL service; it needs an <see cref="IGraphDatabase"/> from the container.</summary>
public static class KnowledgeGraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphQL(this IServiceCollection services, Action<GraphQLOptions>? configure = null)
    {
        var options = new GraphQLOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton<IKnowledgeGraphQL>(sp => new KnowledgeGraphQL(sp.GetRequiredService<IGraphDatabase>(), options));
        return services;
    }
}
