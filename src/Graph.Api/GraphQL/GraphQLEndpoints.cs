using Graph.Api.Configuration;
using Graph.GraphQL;

namespace Graph.Api.GraphQL;

/// <summary>Registration and routes of the GraphQL area: /graphql (HTTP and WebSocket), its SDL and its example queries.</summary>
internal static class GraphQLEndpoints
{
    public static IServiceCollection AddGraphQLEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphQLHttpOptions.Section);
        services.AddOptions<GraphQLHttpOptions>().Bind(section);
        // The GraphQL layer reads its own limits (document size, depth, complexity, timeout, regex)
        // from the same Graph:GraphQL section.
        services.AddKnowledgeGraphQL(options => section.Bind(options));
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<Auth.ConnectionSignIn>();
        services.AddSingleton<WebSockets.GraphQLWebSockets>();
        services.AddSingleton<ExampleQueries>();
        services.AddHostedService<ChangePolling>();
        return services;
    }

    /// <summary>WebSocket upgrades for subscriptions; the server pings idle connections so proxies keep them open.</summary>
    public static WebApplication UseGraphQLWebSockets(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        return app;
    }

    public static IEndpointRouteBuilder MapGraphQLEndpoints(this IEndpointRouteBuilder app)
    {
        // Other methods fall through to routing's 405 with Allow: GET, POST.
        // A WebSocket upgrade at the same path carries subscriptions (graphql-transport-ws).
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, GraphQLHttpHandler handler, WebSockets.GraphQLWebSockets sockets) =>
                context.WebSockets.IsWebSocketRequest ? sockets.HandleAsync(context) : handler.HandleAsync(context))
            .WithName("GraphQL")
            .RequireAuthorization(Auth.AuthSchemes.ReadPolicy);

        app.MapGet("/graphql/schema.graphql", (IKnowledgeGraphQL graphQL) => Results.Text(graphQL.Sdl, "text/plain; charset=utf-8"));

        app.MapGet("/graphql/examples", (ExampleQueries examples) =>
            Results.Json(examples.All.Select(e => new { name = e.Name, query = e.Query })));

        return app;
    }
}
