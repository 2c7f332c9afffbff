using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Generation;
using Graph.Cypher.Storage.Durability;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Reopening a durable store from snapshot + log: entities are loaded and checkpointed (the snapshot),
/// relationships are then committed to the write-ahead log only, and the timed open must replay both.
/// </summary>
internal sealed class ReopenRun(long entities, string directory)
{
    public JsonObject Run()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        var generator = new GraphGenerator(entities);
        var build = Stopwatch.StartNew();
        using (var durable = DurableGraphStore.Open(directory, new DurabilityOptions { BackgroundCheckpoints = false }))
        {
            var loader = new StoreLoader(durable, generator);
            loader.CreateConstraints();
            loader.LoadEntities();
            durable.Checkpoint();
            loader.LoadRelationships();
        }

        var buildSeconds = build.Elapsed.TotalSeconds;
        var open = Stopwatch.StartNew();
        using var reopened = DurableGraphStore.Open(directory);
        var view = reopened.Snapshot();
        var openSeconds = open.Elapsed.TotalSeconds;
        if (view.NodeCount != entities || view.RelationshipCount != generator.RelationshipCount())
        {
            throw new InvalidOperationException($"Reopened {view.NodeCount} nodes and {view.RelationshipCount} relationships.");
        }

        return new JsonObject
        {
            ["entities"] = entities,
            ["relationships"] = view.RelationshipCount,
            ["buildAndCheckpointSeconds"] = Math.Round(buildSeconds, 1),
            ["reopenSeconds"] = Math.Round(openSeconds, 2),
            ["storeBytesOnDisk"] = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length),
        };
    }
}
