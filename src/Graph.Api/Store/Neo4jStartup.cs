using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.Neo4j;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// In Neo4j mode, the store's life in the background: wait for Neo4j (backing off between attempts,
/// never crashing the host), apply the seed, report ready; then ask Neo4j <c>RETURN 1</c> now and then,
/// and when it has gone away report not ready and start over, so the service recovers without a
/// restart. The server answers from the first moment; until ready, the store's requests get a 503.
/// </summary>
internal sealed partial class Neo4jStartup(
    IServiceProvider services,
    IOptions<GraphOptions> graph,
    IOptions<Neo4jOptions> neo4j,
    IOptions<Neo4jReadinessOptions> options,
    StoreReadiness readiness,
    SeedState seed,
    IWebHostEnvironment environment,
    TimeProvider time,
    ILogger<Neo4jStartup> logger) : BackgroundService
{
    private const string Probe = "RETURN 1 AS ok";

    // Completed when a request found Neo4j unavailable: the watch then probes at once instead of at
    // the next interval, so later requests get a prompt 503 rather than each retrying into a store error.
    private TaskCompletionSource _suspect = NewSignal();

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (graph.Value.Store != StoreKind.Neo4j) return Task.CompletedTask;
        // Set before the server takes its first request.
        readiness.NotReady($"Waiting for Neo4j at {neo4j.Value.Uri}.");
        if (graph.Value.Seed) seed.Pending("Not seeded yet: waiting for Neo4j.");
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IGraphDatabase store;
        try
        {
            store = services.GetRequiredService<IGraphDatabase>();
        }
        catch (GraphException e)
        {
            // A configuration error (StoreStartup logs it): waiting would not help.
            readiness.NotReady($"The Neo4j store cannot be opened: {e.Message}");
            return;
        }

        if (store is Neo4jGraphDatabase neo4jStore) neo4jStore.Unavailable += _ => Volatile.Read(ref _suspect).TrySetResult();

        var failures = 0;
        try
        {
            while (true)
            {
                try
                {
                    await ConnectAsync(store, stoppingToken);
                    failures = 0;
                    readiness.Ready($"Neo4j at {neo4j.Value.Uri} answers.");
                    LogReady(logger, neo4j.Value.Uri);
                    await WatchAsync(store, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Whatever went wrong, the host keeps running and tries again (an escaping
                    // exception would stop it).
                    failures++;
                    var pause = Backoff(failures);
                    readiness.NotReady($"Waiting for Neo4j at {neo4j.Value.Uri}: {e.Message}");
                    LogWaiting(logger, neo4j.Value.Uri, failures, e.Message, pause.TotalSeconds);
                    await Task.Delay(pause, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Neo4j answers, then the seed (recorded, so a reconnect re-applies only what Neo4j lacks).</summary>
    private async Task ConnectAsync(IGraphDatabase store, CancellationToken cancellationToken)
    {
        await store.RunAsync(Probe, null, AccessMode.Read, cancellationToken);
        if (!graph.Value.Seed) return;
        CypherDirectory directory;
        try
        {
            directory = CypherFolder.Locate(graph.Value.CypherDirectory, environment);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException)
        {
            SeedFailed($"Seeding failed: {e.Message}");
            return;
        }
        try
        {
            var report = await new MigrationRunner(store, time).ApplyAsync(directory, cancellationToken);
            seed.Applied(report.Applied.Count, report.Skipped.Count, report.StatementsRun);
            LogSeeded(logger, directory.Root, report.Applied.Count, report.Skipped.Count, report.StatementsRun);
        }
        catch (GraphException e) when (e.Classification == "ClientError" && e.Code != ErrorCodes.TransactionTimedOut)
        {
            // A script Neo4j refuses will be refused again: report it (/healthz) and serve what is there.
            SeedFailed($"Seeding failed: {e.Message}");
        }
        catch (IOException e)
        {
            SeedFailed($"Seeding failed: {e.Message}");
        }
    }

    private async Task WatchAsync(IGraphDatabase store, CancellationToken cancellationToken)
    {
        while (true)
        {
            var suspect = Volatile.Read(ref _suspect);
            using (var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                await Task.WhenAny(Task.Delay(options.Value.ProbeInterval, time, wake.Token), suspect.Task);
                await wake.CancelAsync();
            }
            cancellationToken.ThrowIfCancellationRequested();
            // Failures reported from now on are after this probe began, so they wake the next wait.
            Interlocked.CompareExchange(ref _suspect, NewSignal(), suspect);
            await store.RunAsync(Probe, null, AccessMode.Read, cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TimeSpan Backoff(int failures) =>
        new RetryPolicy { InitialDelay = options.Value.InitialBackoff, MaxDelay = options.Value.MaxBackoff }.DelayBefore(failures + 1, Random.Shared);

    private void SeedFailed(string reason)
    {
        seed.Failed(reason);
        LogSeedFailed(logger, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j at {Uri} is ready")]
    private static partial void LogReady(ILogger logger, Uri uri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for Neo4j at {Uri} (attempt {Attempt} failed: {Reason}); next attempt in {Seconds:0.#} s")]
    private static partial void LogWaiting(ILogger logger, Uri uri, int attempt, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded Neo4j from {Directory}: {Applied} script(s) applied, {Skipped} unchanged, {Statements} statement(s)")]
    private static partial void LogSeeded(ILogger logger, string directory, int applied, int skipped, int statements);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding Neo4j failed: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string reason);
}
