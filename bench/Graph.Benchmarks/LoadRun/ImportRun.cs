using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Cypher;
using Graph.Cypher.Import;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The bulk-import path (<see cref="CsvImport"/>) over the exported CSV files, the counterpart of Kuzu's
/// COPY FROM: the uniqueness constraints exist first, as for every other path. An import needs an empty
/// database, so the node files are imported alone once (the entity figures) and then together with the
/// relationship files into a second database (relationship time = the difference); that database is
/// returned for the query measurements.
/// </summary>
internal static class ImportRun
{
    public static async Task<(JsonObject Figures, EmbeddedGraphDatabase Database)> RunAsync(string csvDirectory, long entities, long relationships)
    {
        var (nodes, rels) = Files(csvDirectory);

        var before = Statistics.HeapBytes();
        var (nodeSeconds, nodesOnly) = await TimedImportAsync(new CsvImportRequest(nodes, []), entities, 0);
        var afterEntities = Statistics.HeapBytes();
        nodesOnly.Dispose();
        GC.KeepAlive(nodesOnly);
        Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] import: {entities} entities in {nodeSeconds:F2} s");

        var beforeFull = Statistics.HeapBytes();
        var (fullSeconds, database) = await TimedImportAsync(new CsvImportRequest(nodes, rels), entities, relationships);
        var afterFull = Statistics.HeapBytes();
        Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] import: entities and relationships in {fullSeconds:F2} s");
        var relationshipSeconds = Math.Max(fullSeconds - nodeSeconds, 1e-3);
        var entityBytes = (afterEntities - before) / (double)entities;
        var figures = new JsonObject
        {
            ["entitySeconds"] = Math.Round(nodeSeconds, 3),
            ["entitiesPerSecond"] = Math.Round(entities / nodeSeconds),
            ["fullSeconds"] = Math.Round(fullSeconds, 3),
            ["relationshipSeconds"] = Math.Round(relationshipSeconds, 3),
            ["relationshipsPerSecond"] = Math.Round(relationships / relationshipSeconds),
            ["bytesPerEntity"] = Math.Round(entityBytes, 1),
            ["bytesPerRelationship"] = Math.Round(((afterFull - beforeFull) - (entityBytes * entities)) / relationships, 1),
        };
        return (figures, database);
    }

    /// <summary>A database holding the exported graph, imported without timing (for query measurements).</summary>
    public static async Task<EmbeddedGraphDatabase> ImportAsync(string csvDirectory)
    {
        var (nodes, rels) = Files(csvDirectory);
        var database = new EmbeddedGraphDatabase();
        await new CypherLoader(database, null!).CreateConstraintsAsync();
        CsvImport.Run(database, new CsvImportRequest(nodes, rels));
        return database;
    }

    private static (List<CsvNodeFiles> Nodes, List<CsvRelationshipFiles> Relationships) Files(string csvDirectory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(csvDirectory, "manifest.json")));
        var nodes = manifest.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(n => new CsvNodeFiles([n.GetProperty("label").GetString()!], [Path.Combine(csvDirectory, n.GetProperty("file").GetString()!)]))
            .ToList();
        var rels = manifest.RootElement.GetProperty("relationships").EnumerateArray()
            .Select(r => new CsvRelationshipFiles(r.GetProperty("type").GetString()!, [Path.Combine(csvDirectory, r.GetProperty("file").GetString()!)]))
            .ToList();
        return (nodes, rels);
    }

    private static async Task<(double Seconds, EmbeddedGraphDatabase Database)> TimedImportAsync(CsvImportRequest request, long entities, long relationships)
    {
        var database = new EmbeddedGraphDatabase();
        await new CypherLoader(database, null!).CreateConstraintsAsync();
        var clock = Stopwatch.StartNew();
        var summary = CsvImport.Run(database, request);
        var seconds = clock.Elapsed.TotalSeconds;
        if (summary.Nodes != entities || summary.Relationships != relationships)
        {
            throw new InvalidOperationException($"The import added {summary.Nodes} nodes and {summary.Relationships} relationships; expected {entities} and {relationships}.");
        }

        return (seconds, database);
    }
}
