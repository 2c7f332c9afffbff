using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Migrations;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// Opens the store when the host starts and, when Graph:Seed is on, applies cypher/schema.cypher and
/// the seed through the migration runner (recorded, so a restart re-applies nothing). This runs before
/// the server accepts requests, so no one sees a half-seeded graph. A failure is logged and reported by
/// /healthz; the host keeps serving so GraphiQL and the health report stay reachable.
/// </summary>
internal sealed partial class StoreStartup(
    IServiceProvider services,
    IOptions<GraphOptions> options,
    IWebHostEnvironment environment,
    SeedState seed,
    ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        IGraphDatabase store;
        try
        {
            store = services.GetRequiredService<IGraphDatabase>();
            var where = Where(settings);
            LogStoreOpened(logger, settings.Store, where, settings.Seed);
        }
        catch (GraphException e)
        {
            LogStoreUnavailable(logger, settings.Store, e.Message);
            if (settings.Seed) seed.Failed($"Not seeded: the store is unavailable ({e.Message}).");
            return;
        }

        // Neo4j may not be up yet: Neo4jStartup waits for it and seeds in the background.
        if (!settings.Seed || settings.Store == StoreKind.Neo4j) return;
        try
        {
            if (await SeedGuard.RefusalAsync(store, cancellationToken) is { } refusal)
            {
                seed.Skipped(refusal);
                LogSeedSkipped(logger, refusal);
                return;
            }
            var directory = CypherFolder.Locate(settings.CypherDirectory, environment);
            var report = await new MigrationRunner(store).ApplyAsync(directory, cancellationToken);
            seed.Applied(report.Applied.Count, report.Skipped.Count, report.StatementsRun);
            LogSeeded(logger, directory.Root, report.Applied.Count, report.Skipped.Count, report.StatementsRun);
        }
        catch (Exception e) when (e is GraphException or DirectoryNotFoundException or IOException)
        {
            seed.Failed($"Seeding failed: {e.Message}");
            LogSeedFailed(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Said at start so an analyst knows which directory `graph cypher --data` would need (and that it is locked now).
    private static string Where(GraphOptions settings) => settings.Store switch
    {
        StoreKind.Embedded => settings.ResolvedDataDirectory() is { } directory
            ? $"data directory {Path.GetFullPath(directory)} (locked while the service runs; `graph cypher --url` works through the service)"
            : "in memory (nothing is kept after the service stops)",
        _ => "Neo4j",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store {Store} opened: {Where} (seed: {Seed})")]
    private static partial void LogStoreOpened(ILogger logger, StoreKind store, string where, bool seed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Graph store {Store} is unavailable: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, StoreKind store, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded from {Directory}: {Applied} script(s) applied, {Skipped} unchanged, {Statements} statement(s)")]
    private static partial void LogSeeded(ILogger logger, string directory, int applied, int skipped, int statements);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason}")]
    private static partial void LogSeedSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding failed: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string reason);
}
