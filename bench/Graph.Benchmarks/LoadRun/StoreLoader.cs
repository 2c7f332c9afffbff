using System.Diagnostics;
using Graph.Benchmarks.Generation;
using Graph.Cypher.Storage;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Loads the same graph straight into <see cref="GraphStore"/> through its writer API (no parsing,
/// planning or parameter conversion), with the same uniqueness constraints and batch size as the
/// Cypher path: the ceiling the Cypher path could reach with a free front end.
/// </summary>
internal sealed class StoreLoader(IGraphStore store, GraphGenerator generator)
{
    private long[] _nodeIds = [];

    public void CreateConstraints()
    {
        using var tx = store.BeginWrite();
        foreach (var kind in GraphShape.Kinds)
        {
            tx.CreateConstraint(new ConstraintDefinition($"{kind.Label.ToLowerInvariant()}_id", ConstraintType.Uniqueness, false, kind.Label, ["id"]), ifNotExists: true, out _);
        }

        tx.Commit();
    }

    public double LoadEntities()
    {
        _nodeIds = new long[generator.Shape.Entities];
        var clock = Stopwatch.StartNew();
        foreach (var kind in GraphShape.Kinds)
        {
            string[] labels = [kind.Label];
            foreach (var batch in generator.Entities(kind).Chunk(CypherLoader.BatchSize))
            {
                using var tx = store.BeginWrite();
                foreach (var e in batch)
                {
                    _nodeIds[e.Index] = tx.CreateNode(labels, new Dictionary<string, object?> { ["id"] = e.Id, ["name"] = e.Name, ["kind"] = e.Kind });
                }

                tx.Commit();
            }
        }

        return clock.Elapsed.TotalSeconds;
    }

    public double LoadRelationships()
    {
        var none = new Dictionary<string, object?>();
        var clock = Stopwatch.StartNew();
        foreach (var rule in GraphGenerator.Rules)
        {
            foreach (var batch in generator.Relationships(rule).Chunk(CypherLoader.BatchSize))
            {
                using var tx = store.BeginWrite();
                foreach (var (from, to) in batch)
                {
                    tx.CreateRelationship(_nodeIds[from], _nodeIds[to], rule.Type, none);
                }

                tx.Commit();
            }
        }

        return clock.Elapsed.TotalSeconds;
    }
}
