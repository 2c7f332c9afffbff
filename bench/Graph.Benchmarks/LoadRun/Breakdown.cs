using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Generation;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Where the query time goes: the same lookup and two-level query measured layer by layer on a store
/// loaded through the writer API (or imported from CSV): storage calls only (by name, and token-level
/// stage by stage: <see cref="StorageFloor"/>), plan-cache hit, synchronous execution, execution behind
/// Task.Run, and the hand-written answer. Medians in microseconds.
/// </summary>
internal sealed class Breakdown(long entities, int samples, string? csvDirectory = null)
{
    private const string TwoLevelMatch = "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.name AS ministry, collect(a.name) AS agreements";

    public JsonObject Run()
    {
        var generator = new GraphGenerator(entities);
        using var database = csvDirectory is null ? null : ImportRun.ImportAsync(csvDirectory).GetAwaiter().GetResult();
        using var created = database is null ? new GraphStore() : null;
        var store = database?.Store ?? created!;
        if (created is not null)
        {
            var loader = new StoreLoader(created, generator);
            loader.CreateConstraints();
            loader.LoadEntities();
            loader.LoadRelationships();
        }

        var executor = new StatementExecutor(new PlanCache(1000), TimeSpan.FromSeconds(60));
        var ids = LookupIds.Ministry(generator);
        var parameters = ids.Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = id }).ToArray();
        string[] partyTo = ["PARTY_TO"];

        var view = store.Snapshot();
        var hand = new HandWrittenGraph(generator);
        var floor = new StorageFloor(view);
        var lookup = new JsonObject
        {
            ["storageOnlyMicros"] = Median(i =>
            {
                var names = 0;
                foreach (var m in view.SeekNodes("Ministry", "id", ids[i % ids.Length])!)
                {
                    foreach (var r in view.RelationshipsOf(m, Direction.Outgoing, partyTo))
                    {
                        if (view.NodeProperty(view.EndNode(r), "name") is string) names++;
                    }
                }

                return names;
            }),
            ["snapshotMicros"] = Median(_ => store.Snapshot() is null ? 0 : 1),
            ["compileCachedMicros"] = Median(_ => executor.Compile(LoadRunner.LookupQuery).Parameters.Count),
            ["executeSyncMicros"] = Median(i => executor.Execute(executor.Compile(LoadRunner.LookupQuery), store.Snapshot(), null, parameters[i % ids.Length], default).Records.Count),
            ["executeViaTaskRunMicros"] = Median(i => Task.Run(() => executor.Execute(executor.Compile(LoadRunner.LookupQuery), store.Snapshot(), null, parameters[i % ids.Length], default)).GetAwaiter().GetResult().Records.Count),
        };

        var twoLevel = new JsonObject
        {
            ["storageOnlyMicros"] = Median(_ =>
            {
                var pairs = 0;
                foreach (var m in view.NodesWithLabel("Ministry"))
                {
                    if (view.NodeProperty(m, "name") is null) pairs--;
                    foreach (var r in view.RelationshipsOf(m, Direction.Outgoing, partyTo))
                    {
                        var a = view.EndNode(r);
                        if (view.NodeHasLabel(a, "Agreement") && view.NodeProperty(a, "name") is string) pairs++;
                    }
                }

                return pairs;
            }, runs: 5),
            ["storageExpandMicros"] = Median(_ => floor.Run(StorageFloor.Stage.Expand), runs: 5),
            ["storageExpandLabelsMicros"] = Median(_ => floor.Run(StorageFloor.Stage.Labels), runs: 5),
            ["storagePassesMicros"] = Median(_ => floor.Run(StorageFloor.Stage.Names), runs: 5),
            ["patternComprehensionMicros"] = Median(_ => executor.Execute(executor.Compile(LoadRunner.TwoLevelQuery), store.Snapshot(), null, null, default).Records.Count, runs: 5),
            ["matchCollectMicros"] = Median(_ => executor.Execute(executor.Compile(TwoLevelMatch), store.Snapshot(), null, null, default).Records.Count, runs: 5),
            ["graphQLSubqueriesMicros"] = Median(_ => executor.Execute(executor.Compile(LoadRunner.TwoLevelSubqueries), store.Snapshot(), null, null, default).Records.Count, runs: 5),
            ["handWrittenMicros"] = Median(_ => hand.AgreementsPerMinistry().Count, runs: 5),
        };

        return new JsonObject { ["entities"] = entities, ["lookup"] = lookup, ["twoLevel"] = twoLevel };
    }

    /// <summary>Each query (separated by ';;') run <paramref name="runs"/> times after half as many to warm up: median ms and MB allocated a run.</summary>
    public static void Repeat(long entities, string queries, int runs, string? csvDirectory = null, bool allocations = false, string setup = "")
    {
        var (store, owner) = OpenGraph(entities, csvDirectory);
        using var _ = owner;
        var executor = new StatementExecutor(new PlanCache(1000), TimeSpan.FromSeconds(60));
        // Setup statements (as the interleaved mode's dates and index), each in its own write transaction.
        foreach (var statement in setup.Split(";;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            using var tx = store.BeginWrite();
            executor.Execute(executor.Compile(statement), tx, tx, null, default);
            tx.Commit();
        }
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        foreach (var query in queries.Split(";;", StringSplitOptions.TrimEntries))
        {
            var rows = 0;
            for (var i = 0; i < Math.Max(1, runs / 2); i++) rows = executor.Execute(executor.Compile(query), store.Snapshot(), null, null, default).Records.Count;
            var times = new double[runs];
            using var sampler = allocations ? new AllocationSampler() : null;
            sampler?.Start();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            // Process CPU time too: on a shared machine the wall clock mostly measures the other processes.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                executor.Execute(executor.Compile(query), store.Snapshot(), null, null, default);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)runs / (1 << 20);
            var cpuMillis = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
            Console.WriteLine($"{Statistics.Median(times),9:F2} ms {cpuMillis,9:F2} ms CPU {megabytes,8:F2} MB  {rows,6} rows  {query}");
            // PROFILE and EXPLAIN: the plan's rows too (operator, details, estimated and actual rows, db hits, time).
            if (query.StartsWith("PROFILE", StringComparison.OrdinalIgnoreCase) || query.StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var record in executor.Execute(executor.Compile(query), store.Snapshot(), null, null, default).Records)
                {
                    Console.WriteLine("    " + string.Join(" | ", record.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
            foreach (var (type, bytes) in sampler?.Top(15) ?? []) Console.WriteLine($"    {bytes / (double)runs / (1 << 20),8:F2} MB  {type}");
        }
    }

    /// <summary>The generated graph: bulk-imported from <paramref name="csvDirectory"/> when given, else loaded through the store writer.</summary>
    public static (IGraphStore Store, IDisposable Owner) OpenGraph(long entities, string? csvDirectory)
    {
        if (csvDirectory is not null)
        {
            var database = ImportRun.ImportAsync(csvDirectory).GetAwaiter().GetResult();
            return (database.Store, database);
        }

        var created = new GraphStore();
        var loader = new StoreLoader(created, new GraphGenerator(entities));
        loader.CreateConstraints();
        loader.LoadEntities();
        loader.LoadRelationships();
        return (created, created);
    }

    /// <summary>Median of <paramref name="runs"/> timed calls after a warm-up of a tenth as many (at least one).</summary>
    private double Median(Func<int, int> action, int? runs = null)
    {
        var count = runs ?? samples;
        var sink = 0;
        for (var i = 0; i < Math.Max(1, count / 10); i++) sink += action(i);
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            sink += action(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        GC.KeepAlive(sink);
        return Math.Round(Statistics.Median(times), 2);
    }
}
