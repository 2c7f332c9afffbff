using BenchmarkDotNet.Attributes;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.LoadRun;
using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet view of the query figures (time and allocations per call) on a smaller graph:
/// the cached-plan lookup with one hop, and the two-level query against hand-written C#.
/// Graph size: BENCH_ENTITIES (default 20,000) so a BenchmarkDotNet run stays within minutes.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private EmbeddedGraphDatabase _database = null!;
    private HandWrittenGraph _hand = null!;
    private Dictionary<string, object?>[] _parameters = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var entities = long.TryParse(Environment.GetEnvironmentVariable("BENCH_ENTITIES"), out var n) ? n : 20_000;
        var generator = new GraphGenerator(entities);
        _database = new EmbeddedGraphDatabase();
        var loader = new CypherLoader(_database, generator);
        loader.CreateConstraintsAsync().GetAwaiter().GetResult();
        loader.LoadEntitiesAsync().GetAwaiter().GetResult();
        loader.LoadRelationshipsAsync().GetAwaiter().GetResult();
        _hand = new HandWrittenGraph(generator);
        _parameters = LookupIds.Ministry(generator).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public int LookupOneHop()
    {
        var parameters = _parameters[_next++ % _parameters.Length];
        return _database.RunAsync(LoadRunner.LookupQuery, parameters, AccessMode.Read).GetAwaiter().GetResult().Records.Count;
    }

    [Benchmark]
    public int TwoLevelCypher() => _database.RunAsync(LoadRunner.TwoLevelQuery, null, AccessMode.Read).GetAwaiter().GetResult().Records.Count;

    [Benchmark(Baseline = true)]
    public int TwoLevelHandWritten() => _hand.AgreementsPerMinistry().Count;
}
