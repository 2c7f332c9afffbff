using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Generation;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Cypher.Storage;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The load run: generates N entities, loads them through the store writer API and through Cypher,
/// measures memory, the cached-plan lookup and the two-level query against hand-written C#, and
/// prints one JSON object on stdout (progress goes to stderr).
/// </summary>
internal sealed class LoadRunner(long entities, int lookupSamples, bool storePath, string? csvDirectory = null, bool cypherPath = true)
{
    public const string LookupQuery = "MATCH (m:Ministry {id: $id})-[:PARTY_TO]->(a) RETURN a.name";

    // What the GraphQL translator makes of the API benchmark's "two-level" request
    // `{ ministries { name agreements { name date parties { name } } } }` (bench/api; tests/Graph.GraphQL.Tests
    // snapshot 02, without its page limit): nested CALL subqueries collecting maps.
    public const string TwoLevelSubqueries =
        "CALL () { MATCH (this0:Ministry) CALL (this0) { MATCH (this0)-[:PARTY_TO]->(this1:Agreement) " +
        "CALL (this1) { MATCH (this1)<-[:PARTY_TO]-(this2:State) RETURN collect(this2 { __typename: 'State', .name }) AS var3 } " +
        "RETURN collect(this1 { __typename: 'Agreement', .name, .date, parties: var3 }) AS var4 } " +
        "RETURN collect(this0 { __typename: 'Ministry', .name, agreements: var4 }) AS var5 } RETURN var5 AS ministries";

    // The same answer as rows of names: the pattern-comprehension form (Kuzu answers this one too).
    public const string TwoLevelQuery = "MATCH (m:Ministry) RETURN m.name AS ministry, [(m)-[:PARTY_TO]->(a:Agreement) | a.name] AS agreements";

    // Both sides get the same warm-up, long enough to reach steady state: with dynamic PGO the engine's
    // per-statement code reaches its final tier only after ~50 runs (the rows-of-names query: 61 ms a run
    // over runs 10-30, 44 ms over runs 60-80, in one process).
    private const int TwoLevelWarmUps = 60;
    private const int TwoLevelRuns = 9;

    private readonly GraphGenerator _generator = new(entities);
    private readonly JsonObject _report = [];

    public async Task<JsonObject> RunAsync()
    {
        var relationships = _generator.RelationshipCount();
        _report["engine"] = "graph-embedded";
        _report["entities"] = entities;
        _report["relationships"] = relationships;
        _report["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}";
        _report["date"] = DateTime.UtcNow.ToString("u");

        if (storePath) _report["storeLoad"] = LoadThroughStore(relationships);

        EmbeddedGraphDatabase? database = null;
        if (csvDirectory is not null)
        {
            Progress("bulk import path: loading");
            (var figures, database) = await ImportRun.RunAsync(csvDirectory, entities, relationships);
            _report["importLoad"] = figures;
        }

        if (cypherPath)
        {
            // The queries run on the imported graph when there is one: the same data either way.
            var cypherDatabase = new EmbeddedGraphDatabase();
            _report["cypherLoad"] = await LoadThroughCypherAsync(cypherDatabase, relationships);
            if (database is null) database = cypherDatabase;
            else cypherDatabase.Dispose();
        }

        if (database is null) throw new InvalidOperationException("Nothing was loaded: give --csv or keep the Cypher path.");
        // The other paths' stores are garbage now; collect them before timing, not during.
        Statistics.HeapBytes();
        _report["lookup"] = await MeasureLookupAsync(database);
        _report["twoLevel"] = MeasureTwoLevel(database);
        _report["reopen"] = "measured separately: Graph.Benchmarks reopen";
        GC.KeepAlive(database);
        return _report;
    }

    private JsonObject LoadThroughStore(long relationships)
    {
        Progress("store path: loading");
        var before = Statistics.HeapBytes();
        var store = new GraphStore();
        var loader = new StoreLoader(store, _generator);
        loader.CreateConstraints();
        var entitySeconds = loader.LoadEntities();
        var afterEntities = Statistics.HeapBytes() - (long)entities * sizeof(long); // the loader's id map is not the store's
        var relationshipSeconds = loader.LoadRelationships();
        var afterRelationships = Statistics.HeapBytes() - (long)entities * sizeof(long);
        GC.KeepAlive(loader);
        store.Dispose();
        return LoadFigures(entitySeconds, relationshipSeconds, relationships, before, afterEntities, afterRelationships);
    }

    private async Task<JsonObject> LoadThroughCypherAsync(EmbeddedGraphDatabase database, long relationships)
    {
        Progress("cypher path: loading");
        var loader = new CypherLoader(database, _generator);
        await loader.CreateConstraintsAsync();
        var before = Statistics.HeapBytes();
        var entitySeconds = await loader.LoadEntitiesAsync();
        var afterEntities = Statistics.HeapBytes();
        Progress($"cypher path: entities in {entitySeconds:F1} s");
        var relationshipSeconds = await loader.LoadRelationshipsAsync();
        var afterRelationships = Statistics.HeapBytes();
        Progress($"cypher path: relationships in {relationshipSeconds:F1} s");
        return LoadFigures(entitySeconds, relationshipSeconds, relationships, before, afterEntities, afterRelationships);
    }

    private JsonObject LoadFigures(double entitySeconds, double relationshipSeconds, long relationships, long before, long afterEntities, long afterRelationships) => new()
    {
        ["entitySeconds"] = Math.Round(entitySeconds, 3),
        ["entitiesPerSecond"] = Math.Round(entities / entitySeconds),
        ["relationshipSeconds"] = Math.Round(relationshipSeconds, 3),
        ["relationshipsPerSecond"] = Math.Round(relationships / relationshipSeconds),
        ["bytesPerEntity"] = Math.Round((afterEntities - before) / (double)entities, 1),
        ["bytesPerRelationship"] = Math.Round((afterRelationships - afterEntities) / (double)relationships, 1),
    };

    private async Task<JsonObject> MeasureLookupAsync(EmbeddedGraphDatabase database)
    {
        Progress("lookup");
        var ids = LookupIds.Ministry(_generator);
        var parameters = ids.Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray();
        long rows = 0;
        // As long a warm-up as the samples (at least 2,000): steady state, as for the two-level query.
        var warmUps = Math.Max(2000, lookupSamples);
        for (var i = 0; i < warmUps; i++)
        {
            rows += (await database.RunAsync(LookupQuery, parameters[i % ids.Length], AccessMode.Read)).Records.Count;
        }

        if (rows == 0) throw new InvalidOperationException("The lookup found nothing: the load is wrong.");
        var samples = new double[lookupSamples];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await database.RunAsync(LookupQuery, parameters[i % ids.Length], AccessMode.Read);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return new JsonObject
        {
            ["query"] = LookupQuery,
            ["samples"] = samples.Length,
            ["medianMicros"] = Math.Round(Statistics.Median(samples), 2),
            ["p90Micros"] = Math.Round(Statistics.Percentile(samples, 0.9), 2),
            ["rowsPerLookup"] = Math.Round(rows / (double)warmUps, 2),
        };
    }

    private JsonObject MeasureTwoLevel(EmbeddedGraphDatabase database)
    {
        Progress("two-level query: building the hand-written graph");
        var hand = new HandWrittenGraph(_generator);
        // Settled by a compacting collection, as the engine's store is before its runs: each side's objects in
        // their final place, not wherever the build left them. Both graphs stay in the heap for both sides' runs.
        Statistics.HeapBytes();

        Progress("two-level query as rows of names: engine and hand-written C#, alternating");
        var rows = PairedTiming.Run(
            () => Cypher(database, TwoLevelQuery).Records.Sum(r => ((IReadOnlyList<object?>)r["agreements"]!).Count),
            () => hand.AgreementsPerMinistry().Sum(a => a.Agreements.Count),
            TwoLevelWarmUps, TwoLevelRuns, Progress);
        if (rows.EngineCount != rows.HandCount) throw new InvalidOperationException($"Two-level answers differ: Cypher {rows.EngineCount} pairs, hand-written {rows.HandCount}.");

        Progress("two-level query as the GraphQL translator writes it: engine and hand-written C#, alternating");
        var maps = PairedTiming.Run(
            () => HandWrittenGraph.NestedEntries((IReadOnlyList<object?>)Cypher(database, TwoLevelSubqueries).Records.Single()["ministries"]!),
            () => HandWrittenGraph.NestedEntries(hand.AgreementsPerMinistryAsMaps()),
            TwoLevelWarmUps, TwoLevelRuns, Progress);
        if (maps.EngineCount != maps.HandCount) throw new InvalidOperationException($"GraphQL-form answers differ: Cypher {maps.EngineCount} nested entries, hand-written {maps.HandCount}.");
        GC.KeepAlive(hand);
        return new JsonObject
        {
            ["query"] = TwoLevelQuery,
            ["pairs"] = rows.EngineCount,
            ["cypherMillis"] = Math.Round(rows.EngineMillis, 2),
            ["handWrittenMillis"] = Math.Round(rows.HandMillis, 2),
            ["ratio"] = Math.Round(rows.MedianRatio, 2),
            ["graphQL"] = new JsonObject
            {
                ["query"] = TwoLevelSubqueries,
                ["nestedEntries"] = maps.EngineCount,
                ["cypherMillis"] = Math.Round(maps.EngineMillis, 2),
                ["handWrittenMillis"] = Math.Round(maps.HandMillis, 2),
                ["cypherGcPauseMillis"] = Math.Round(maps.EnginePauseMillis, 2),
                ["handWrittenGcPauseMillis"] = Math.Round(maps.HandPauseMillis, 2),
                ["ratio"] = Math.Round(maps.MedianRatio, 2),
            },
        };
    }

    // A read completes on the caller's thread: the task is already done.
    private static QueryResult Cypher(EmbeddedGraphDatabase database, string query) =>
        database.RunAsync(query, null, AccessMode.Read).GetAwaiter().GetResult();

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    public static string Format(JsonObject report) => report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
