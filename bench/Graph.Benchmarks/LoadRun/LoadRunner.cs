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

    // The GraphQL query `ministries { name agreements { name } }` compiles to a pattern comprehension like this.
    // What the GraphQL translator makes of the same request (tests/Graph.GraphQL.Tests snapshot 02, without its page limit).
    public const string TwoLevelSubqueries =
        "CALL () { MATCH (this0:Ministry) CALL (this0) { MATCH (this0)-[:PARTY_TO]->(this1:Agreement) " +
        "RETURN collect(this1 { __typename: 'Agreement', .name }) AS var2 } " +
        "RETURN collect(this0 { __typename: 'Ministry', .name, agreements: var2 }) AS var3 } RETURN var3 AS ministries";

    public const string TwoLevelQuery = "MATCH (m:Ministry) RETURN m.name AS ministry, [(m)-[:PARTY_TO]->(a:Agreement) | a.name] AS agreements";

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
        _report["twoLevel"] = await MeasureTwoLevelAsync(database);
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
        for (var i = 0; i < 2000; i++)
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
            ["rowsPerLookup"] = Math.Round(rows / 2000.0, 2),
        };
    }

    private async Task<JsonObject> MeasureTwoLevelAsync(EmbeddedGraphDatabase database)
    {
        Progress("two-level query: Cypher");
        var cypherTimes = new List<double>();
        long cypherPairs = 0;
        for (var run = 0; run < 6; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = await database.RunAsync(TwoLevelQuery, null, AccessMode.Read);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            cypherPairs = result.Records.Sum(r => ((IReadOnlyList<object?>)r["agreements"]!).Count);
            if (run > 0) cypherTimes.Add(elapsed); // the first run compiles and warms up
        }

        Progress("two-level query: hand-written C#");
        var hand = new HandWrittenGraph(_generator);
        var handTimes = new List<double>();
        long handPairs = 0;
        for (var run = 0; run < 6; run++)
        {
            var clock = Stopwatch.StartNew();
            var answer = hand.AgreementsPerMinistry();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            handPairs = answer.Sum(a => a.Agreements.Count);
            if (run > 0) handTimes.Add(elapsed);
        }

        if (cypherPairs != handPairs) throw new InvalidOperationException($"Two-level answers differ: Cypher {cypherPairs} pairs, hand-written {handPairs}.");
        GC.KeepAlive(hand);
        var cypher = Statistics.Median(cypherTimes);
        var handMedian = Statistics.Median(handTimes);
        return new JsonObject
        {
            ["query"] = TwoLevelQuery,
            ["pairs"] = cypherPairs,
            ["cypherMillis"] = Math.Round(cypher, 2),
            ["handWrittenMillis"] = Math.Round(handMedian, 2),
            ["ratio"] = Math.Round(cypher / handMedian, 2),
        };
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    public static string Format(JsonObject report) => report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
