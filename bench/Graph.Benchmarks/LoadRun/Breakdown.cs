using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Generation;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Where the query time goes: the same lookup and two-level query measured layer by layer on a store
/// loaded through the writer API: storage calls only, plan-cache hit, synchronous execution, and
/// execution behind Task.Run (what EmbeddedGraphDatabase.RunAsync adds). Medians in microseconds.
/// </summary>
internal sealed class Breakdown(long entities, int samples)
{
    private const string TwoLevelMatch = "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.name AS ministry, collect(a.name) AS agreements";

    public JsonObject Run()
    {
        var generator = new GraphGenerator(entities);
        using var store = new GraphStore();
        var loader = new StoreLoader(store, generator);
        loader.CreateConstraints();
        loader.LoadEntities();
        loader.LoadRelationships();
        var executor = new StatementExecutor(new PlanCache(1000), TimeSpan.FromSeconds(60));
        var ids = LookupIds.Ministry(generator);
        var parameters = ids.Select(id => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = id }).ToArray();
        string[] partyTo = ["PARTY_TO"];

        var view = store.Snapshot();
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
            ["patternComprehensionMicros"] = Median(_ => executor.Execute(executor.Compile(LoadRunner.TwoLevelQuery), store.Snapshot(), null, null, default).Records.Count, runs: 5),
            ["matchCollectMicros"] = Median(_ => executor.Execute(executor.Compile(TwoLevelMatch), store.Snapshot(), null, null, default).Records.Count, runs: 5),
        };

        return new JsonObject { ["entities"] = entities, ["lookup"] = lookup, ["twoLevel"] = twoLevel };
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
