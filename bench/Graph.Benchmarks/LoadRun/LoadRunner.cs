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
    private const int TwoLevelRuns = 7;

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

    private async Task<JsonObject> MeasureTwoLevelAsync(EmbeddedGraphDatabase database)
    {
        // Both Cypher forms first, then the hand-written graph is built: it is not in the heap while Cypher runs.
        Progress("two-level query: Cypher");
        var (cypher, cypherPairs) = await TimeCypherAsync(database, TwoLevelQuery, result => result.Records.Sum(r => ((IReadOnlyList<object?>)r["agreements"]!).Count));
        Progress("two-level query as the GraphQL translator writes it: Cypher");
        var (graphQL, graphQLPairs) = await TimeCypherAsync(database, TwoLevelSubqueries, result =>
            HandWrittenGraph.NestedEntries((IReadOnlyList<object?>)result.Records.Single()["ministries"]!));
        Progress("two-level query: hand-written C#");
        var hand = new HandWrittenGraph(_generator);
        var (handMillis, handPairs) = TimeHand(() => hand.AgreementsPerMinistry().Sum(a => a.Agreements.Count));
        if (cypherPairs != handPairs) throw new InvalidOperationException($"Two-level answers differ: Cypher {cypherPairs} pairs, hand-written {handPairs}.");
        Progress("two-level query as the GraphQL translator writes it: hand-written C#");
        var (handMaps, handMapPairs) = TimeHand(() => HandWrittenGraph.NestedEntries(hand.AgreementsPerMinistryAsMaps()));
        if (graphQLPairs != handMapPairs) throw new InvalidOperationException($"GraphQL-form answers differ: Cypher {graphQLPairs} nested entries, hand-written {handMapPairs}.");
        GC.KeepAlive(hand);
        return new JsonObject
        {
            ["query"] = TwoLevelQuery,
            ["pairs"] = cypherPairs,
            ["cypherMillis"] = Math.Round(cypher, 2),
            ["handWrittenMillis"] = Math.Round(handMillis, 2),
            ["ratio"] = Math.Round(cypher / handMillis, 2),
            ["graphQL"] = new JsonObject
            {
                ["query"] = TwoLevelSubqueries,
                ["nestedEntries"] = graphQLPairs,
                ["cypherMillis"] = Math.Round(graphQL, 2),
                ["handWrittenMillis"] = Math.Round(handMaps, 2),
                ["ratio"] = Math.Round(graphQL / handMaps, 2),
            },
        };
    }

    /// <summary>Median of the runs after the warm-up; the answer's pair count.</summary>
    private static async Task<(double Millis, long Pairs)> TimeCypherAsync(EmbeddedGraphDatabase database, string query, Func<QueryResult, long> pairs)
    {
        var times = new List<double>();
        var pauses = new List<double>();
        long count = 0;
        for (var run = 0; run < TwoLevelWarmUps + TwoLevelRuns; run++)
        {
            var paused = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var result = await database.RunAsync(query, null, AccessMode.Read);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            count = pairs(result);
            if (run == TwoLevelWarmUps + TwoLevelRuns - 1) Progress($"  last run: {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections of generation 0/1/2");
            if (run >= TwoLevelWarmUps)
            {
                times.Add(elapsed);
                pauses.Add((GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
            }
        }

        Progress($"  median {Statistics.Median(times):F1} ms, of which GC pauses {Statistics.Median(pauses):F1} ms");
        return (Statistics.Median(times), count);
    }

    private static (double Millis, long Pairs) TimeHand(Func<long> answer)
    {
        var times = new List<double>();
        long count = 0;
        for (var run = 0; run < TwoLevelWarmUps + TwoLevelRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            count = answer();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (run >= TwoLevelWarmUps) times.Add(elapsed);
        }

        return (Statistics.Median(times), count);
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    public static string Format(JsonObject report) => report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
