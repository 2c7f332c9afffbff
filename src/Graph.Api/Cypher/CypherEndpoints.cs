using Graph.Api.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Cypher;

/// <summary>Registration and routes of the analysts' Cypher area: POST /cypher and its page.</summary>
internal static class CypherEndpoints
{
    public static IServiceCollection AddCypherEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CypherEndpointOptions>().Bind(configuration.GetSection(CypherEndpointOptions.Section));
        services.AddSingleton<CypherQueryGate>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CypherMemoryRelease>();
        services.AddSingleton<CypherHttpHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCypherEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cypher", (HttpContext context, CypherHttpHandler handler) => handler.HandleAsync(context))
            .RequireAuthorization(Auth.AuthSchemes.ReadPolicy);
        app.MapGet("/cypher", (IWebHostEnvironment environment) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo("cypher/index.html");
            return page.Exists
                ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
                : Results.Problem(detail: "The Cypher page is missing from wwwroot.", statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }
}
