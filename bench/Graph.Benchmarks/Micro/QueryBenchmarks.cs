using BenchmarkDotNet.Attributes;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.LoadRun;
using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet view of the query figures (time and allocations per call) on a smaller graph:
/// the cached-plan lookup with one hop, and the two-level query in both forms (the GraphQL translator's nested
/// collect, rows of names) against hand-written C#, each on the planned runtime and on the clause interpreter
/// (a second database with <c>InterpretedOnly</c>), so one run gives every ratio.
/// Graph size: BENCH_ENTITIES (default 20,000) so a BenchmarkDotNet run stays within minutes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QueryBenchmarks
{
    private EmbeddedGraphDatabase _database = null!;
    private EmbeddedGraphDatabase _interpreted = null!;
    private HandWrittenGraph _hand = null!;
    private Dictionary<string, object?>[] _parameters = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var entities = long.TryParse(Environment.GetEnvironmentVariable("BENCH_ENTITIES"), out var n) ? n : 20_000;
        var generator = new GraphGenerator(entities);
        _database = new EmbeddedGraphDatabase();
        _interpreted = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { InterpretedOnly = true });
        foreach (var database in new[] { _database, _interpreted })
        {
            var loader = new CypherLoader(database, generator);
            loader.CreateConstraintsAsync().GetAwaiter().GetResult();
            loader.LoadEntitiesAsync().GetAwaiter().GetResult();
            loader.LoadRelationshipsAsync().GetAwaiter().GetResult();
        }
        _hand = new HandWrittenGraph(generator);
        _parameters = LookupIds.Ministry(generator).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        _interpreted.Dispose();
    }

    [Benchmark]
    public int LookupOneHop() => Lookup(_database);

    [Benchmark]
    public int LookupOneHopInterpreted() => Lookup(_interpreted);

    [Benchmark]
    public long TwoLevelTarget() => Nested(_database);

    [Benchmark]
    public long TwoLevelTargetInterpreted() => Nested(_interpreted);

    [Benchmark(Baseline = true)]
    public long TwoLevelTargetHandWritten() => HandWrittenGraph.NestedEntries(_hand.AgreementsPerMinistryAsMaps());

    [Benchmark]
    public int TwoLevelCypher() => _database.RunAsync(LoadRunner.TwoLevelQuery, null, AccessMode.Read).GetAwaiter().GetResult().Records.Count;

    [Benchmark]
    public int TwoLevelCypherInterpreted() => _interpreted.RunAsync(LoadRunner.TwoLevelQuery, null, AccessMode.Read).GetAwaiter().GetResult().Records.Count;

    [Benchmark]
    public int TwoLevelHandWritten() => _hand.AgreementsPerMinistry().Count;

    private int Lookup(EmbeddedGraphDatabase database)
    {
        var parameters = _parameters[_next++ % _parameters.Length];
        return database.RunAsync(LoadRunner.LookupQuery, parameters, AccessMode.Read).GetAwaiter().GetResult().Records.Count;
    }

    private static long Nested(EmbeddedGraphDatabase database) =>
        HandWrittenGraph.NestedEntries((IReadOnlyList<object?>)database.RunAsync(LoadRunner.TwoLevelSubqueries, null, AccessMode.Read).GetAwaiter().GetResult().Records.Single()["ministries"]!);
}
