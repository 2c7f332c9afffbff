using Graph.Api.Auth;
using Graph.Api.Configuration;
using Graph.Api.Store;
using Graph.Core.Errors;
using Graph.Core.Migrations;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Admin;

/// <summary>
/// Maintenance, for the admin role only. POST /admin/schema applies cypher/schema.cypher (constraints and
/// indexes, all IF NOT EXISTS) through the migration runner: recorded like the start-up seed, so an
/// unchanged schema is skipped and a changed one re-applied. Useful where Graph:Seed is off, e.g. on a
/// production Neo4j after an upgrade.
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/schema", ApplySchemaAsync).RequireAuthorization(AuthSchemes.AdminPolicy);
        return app;
    }

    private static async Task<IResult> ApplySchemaAsync(
        IGraphDatabase store, IOptions<GraphOptions> options, IWebHostEnvironment environment, CancellationToken cancellationToken)
    {
        CypherDirectory directory;
        try
        {
            directory = CypherFolder.Locate(options.Value.CypherDirectory, environment);
        }
        catch (DirectoryNotFoundException e)
        {
            return Results.Problem(title: "SCHEMA_NOT_FOUND", detail: e.Message, statusCode: StatusCodes.Status404NotFound);
        }

        var schema = new MigrationScript(directory.NameOf(directory.SchemaFile), await File.ReadAllTextAsync(directory.SchemaFile, cancellationToken));
        try
        {
            var report = await new MigrationRunner(store).ApplyAsync([schema], cancellationToken);
            return Results.Ok(new { applied = report.Applied, skipped = report.Skipped, statementsRun = report.StatementsRun });
        }
        catch (GraphException e)
        {
            return Results.Problem(title: e.Code, detail: e.Message, statusCode: Hosting.GraphErrorStatus.For(e));
        }
    }
}
