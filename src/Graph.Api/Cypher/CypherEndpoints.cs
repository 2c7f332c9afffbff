using Graph.Api.Configuration;
using Graph.Api.Cypher.Workbench;
using Graph.Api.Hosting;
using Graph.Api.Ui;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Cypher;

/// <summary>Registration and routes of the analysts' Cypher area: POST /cypher, the workbench page and what it reads (schema, saved queries).</summary>
internal static class CypherEndpoints
{
    public static IServiceCollection AddCypherEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CypherEndpointOptions>().Bind(configuration.GetSection(CypherEndpointOptions.Section));
        services.AddSingleton<CypherQueryGate>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CypherMemoryRelease>();
        services.AddSingleton<CypherHttpHandler>();
        services.AddSingleton<SavedQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapCypherEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cypher", (HttpContext context, CypherHttpHandler handler) => handler.HandleAsync(context))
            .RequireAuthorization(Auth.AuthSchemes.ReadPolicy);
        app.MapGet("/cypher", (HttpContext context, WorkbenchPage page) => page.WriteAsync(context));

        // What the workbench completes from and offers; read-only, so behind the same sign-in as POST /cypher.
        app.MapGet("/cypher/schema", async (HttpContext context, IGraphDatabase store, ILogger<CypherSchema> logger) =>
        {
            try
            {
                return Results.Json(await CypherSchema.ReadAsync(store, logger, context.RequestAborted));
            }
            catch (GraphException e)
            {
                await CypherErrorJson.WriteAsync(context, GraphErrorStatus.For(e), e);
                return Results.Empty;
            }
        }).RequireAuthorization(Auth.AuthSchemes.ReadPolicy);
        app.MapGet("/cypher/queries", (SavedQueries queries) =>
            Results.Json(queries.All().Select(q => new { name = q.Name, question = q.Question, text = q.Text, parameters = q.Parameters })))
            .RequireAuthorization(Auth.AuthSchemes.ReadPolicy);
        return app;
    }
}
