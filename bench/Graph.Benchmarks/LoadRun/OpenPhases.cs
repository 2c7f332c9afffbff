using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Benchmarks.Generation;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Where opening a large data directory goes (issue 12): a directory holding the generated graph under a
/// schema file (the project's cypher/schema.cypher), wholly in its snapshot, then the snapshot read and
/// installed again and again with a growing part of the schema: no rules, unique constraints, + range
/// indexes, + full-text. Each step's time (median of runs) and managed heap after a full GC are printed,
/// so the cost of each index kind is the difference between two rows. CPU seconds (the process's user + system
/// time over the step, both cores counted) are printed beside wall seconds: on a shared machine they vary far less.
/// </summary>
internal sealed class OpenPhases(long entities, string directory, string schemaFile, int runs)
{
    public JsonObject Run()
    {
        if (!Directory.Exists(directory))
        {
            Build();
        }

        var snapshot = Directory.GetFiles(directory, "snapshot-*.snap").OrderBy(File.GetLastWriteTimeUtc).Last();
        var report = new JsonObject { ["snapshot"] = snapshot, ["snapshotBytes"] = new FileInfo(snapshot).Length };
        var steps = new JsonArray();
        foreach (var (name, keep) in Steps)
        {
            var read = new List<double>();
            var install = new List<double>();
            var readCpu = new List<double>();
            var installCpu = new List<double>();
            long heap = 0;
            for (var run = 0; run < runs; run++)
            {
                var store = new GraphStore();
                var builder = new SnapshotStateBuilder(store.Tokens);
                var clock = Stopwatch.StartNew();
                var cpu = Statistics.CpuSeconds();
                var contents = SnapshotReader.Read(snapshot, store, builder);
                read.Add(clock.Elapsed.TotalSeconds);
                readCpu.Add(Statistics.CpuSeconds() - cpu);
                clock.Restart();
                cpu = Statistics.CpuSeconds();
                SnapshotReader.Install(store, builder, contents with
                {
                    Indexes = contents.Indexes.Where(i => keep(i.Rule)).ToList(),
                    Constraints = name == "no rules" ? [] : contents.Constraints,
                });
                install.Add(clock.Elapsed.TotalSeconds);
                installCpu.Add(Statistics.CpuSeconds() - cpu);
                heap = Statistics.HeapBytes();
                GC.KeepAlive(store);
            }

            steps.Add(new JsonObject
            {
                ["rules"] = name,
                ["readSeconds"] = Math.Round(Statistics.Median(read), 2),
                ["installSeconds"] = Math.Round(Statistics.Median(install), 2),
                ["readCpuSeconds"] = Math.Round(Statistics.Median(readCpu), 2),
                ["installCpuSeconds"] = Math.Round(Statistics.Median(installCpu), 2),
                ["heapMB"] = heap / 1_000_000,
            });
        }

        report["steps"] = steps;
        return report;
    }

    private static readonly (string Name, Func<IndexDefinition, bool> Keep)[] Steps =
    [
        ("no rules", i => i.Kind == IndexKind.Lookup),
        ("unique constraints", i => i.Kind == IndexKind.Lookup || i.OwningConstraint is not null),
        ("+ range indexes", i => i.Kind != IndexKind.Fulltext),
        ("+ full-text (the whole schema)", _ => true),
    ];

    /// <summary>Schema, entities, relationships through the writer, then one checkpoint: the log ends empty.</summary>
    private void Build()
    {
        var generator = new GraphGenerator(entities);
        using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions
        {
            DataDirectory = directory,
            Durability = DurabilityOptions.Default with { BackgroundCheckpoints = false },
        });
        foreach (var statement in SchemaStatements(File.ReadAllText(schemaFile)))
        {
            database.RunAsync(statement).GetAwaiter().GetResult();
        }

        var store = (DurableGraphStore)database.Store;
        var loader = new StoreLoader(store, generator);
        loader.LoadEntities();
        loader.LoadRelationships();
        store.Checkpoint();
    }

    private static IEnumerable<string> SchemaStatements(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
