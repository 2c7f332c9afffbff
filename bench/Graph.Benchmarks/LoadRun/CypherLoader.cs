using System.Diagnostics;
using Graph.Benchmarks.Generation;
using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Loads the generated graph through the engine's public Cypher path: the project's uniqueness
/// constraints on id first, then UNWIND batches of <see cref="BatchSize"/> rows, one write statement each.
/// </summary>
internal sealed class CypherLoader(EmbeddedGraphDatabase database, GraphGenerator generator)
{
    public const int BatchSize = 10_000;

    public async Task CreateConstraintsAsync()
    {
        foreach (var kind in GraphShape.Kinds)
        {
            await database.RunAsync($"CREATE CONSTRAINT {kind.Label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{kind.Label}) REQUIRE n.id IS UNIQUE");
        }
    }

    /// <summary>Returns the seconds spent; checks the engine's counters against what was sent.</summary>
    public async Task<double> LoadEntitiesAsync()
    {
        var clock = Stopwatch.StartNew();
        foreach (var kind in GraphShape.Kinds)
        {
            var statement = $"UNWIND $rows AS r CREATE (n:{kind.Label} {{id: r.id, name: r.name, kind: r.kind}})";
            foreach (var batch in generator.Entities(kind).Chunk(BatchSize))
            {
                var rows = batch.Select(e => (object?)new Dictionary<string, object?> { ["id"] = e.Id, ["name"] = e.Name, ["kind"] = e.Kind }).ToList();
                var result = await database.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows });
                Expect(result.Counters.NodesCreated, batch.Length, statement);
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    public async Task<double> LoadRelationshipsAsync()
    {
        var clock = Stopwatch.StartNew();
        foreach (var rule in GraphGenerator.Rules)
        {
            var statement = $"UNWIND $rows AS r MATCH (a:{rule.From.Label} {{id: r.f}}) MATCH (b:{rule.To.Label} {{id: r.t}}) CREATE (a)-[:{rule.Type}]->(b)";
            foreach (var batch in generator.Relationships(rule).Chunk(BatchSize))
            {
                var rows = batch.Select(p => (object?)new Dictionary<string, object?> { ["f"] = generator.Shape.Id(p.From), ["t"] = generator.Shape.Id(p.To) }).ToList();
                var result = await database.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows });
                Expect(result.Counters.RelationshipsCreated, batch.Length, statement);
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static void Expect(long actual, long expected, string statement)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"'{statement}' created {actual} instead of {expected}.");
        }
    }
}
