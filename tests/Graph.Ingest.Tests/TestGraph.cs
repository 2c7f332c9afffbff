using Graph.Core.Scripts;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.Ingest.Tests;

/// <summary>Embedded graphs for the tests: the schema plus chosen seed scripts, and ingestion in one transaction.</summary>
internal static class TestGraph
{
    public const string SeedId = "tdi-2023-04-12-tokayev-aliyev-astana";

    public static string SeedText => File.ReadAllText(RepositoryPaths.SeedDocument);

    public static IngestRequest SeedRequest => new(SeedText) { Id = SeedId, Title = "President Tokayev meets President Aliyev in Astana", PublishedAt = new DateOnly(2023, 4, 12), Source = "TDI" };

    public static async Task<IGraphDatabase> WithAsync(params string[] seedScripts)
    {
        var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions());
        await RunScriptAsync(database, Path.Combine(RepositoryPaths.Cypher, "schema.cypher"));
        foreach (var script in seedScripts) await RunScriptAsync(database, Path.Combine(RepositoryPaths.Cypher, "seed", script));
        return database;
    }

    public static async Task RunScriptAsync(IGraphDatabase database, string path)
    {
        foreach (var statement in CypherScript.Split(await File.ReadAllTextAsync(path))) await database.RunAsync(statement.Text);
    }

    public static Task<IngestOutcome> IngestAsync(IGraphDatabase database, IngestRequest request) =>
        database.RunInTransactionAsync(AccessMode.Write, (tx, ct) => new IngestionPipeline().IngestAsync(tx, request, ct));

    public static async Task<List<Graph.Core.Store.Record>> QueryAsync(IGraphDatabase database, string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        (await database.RunAsync(statement, parameters, AccessMode.Read)).Records.ToList();
}
