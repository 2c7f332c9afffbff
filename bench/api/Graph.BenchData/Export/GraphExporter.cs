using Graph.BenchData.Model;
using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.Core.Values;
using Graph.Cypher;

namespace Graph.BenchData.Export;

/// <summary>
/// Loads a cypher folder (schema and seed scripts) into the embedded engine, the way the service
/// seeds, and reads the whole graph back in the engine's own order. This is how the reference server
/// gets the seed: from what the engine holds, not from a second hand-written copy.
/// </summary>
internal static class GraphExporter
{
    public static async Task<GraphData> ExportAsync(string cypherFolder, CancellationToken cancellationToken)
    {
        await using var database = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { StatementTimeout = TimeSpan.FromMinutes(10) });
        await new MigrationRunner(database).ApplyAsync(CypherDirectory.At(cypherFolder), cancellationToken);

        var graph = new GraphData();
        var byElementId = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var nodes = await database.RunAsync("MATCH (n) RETURN n", mode: AccessMode.Read, cancellationToken: cancellationToken);
        foreach (var record in nodes.Records)
        {
            var node = (Node)record[0]!;
            // Migration bookkeeping (:__Migration) is not part of the knowledge graph.
            if (node.Labels.Count != 1 || node.Labels[0].StartsWith("__", StringComparison.Ordinal)) continue;
            var exported = new GraphNode(graph.Nodes.Count, node.Labels[0], new Dictionary<string, object?>(node.Properties));
            graph.Nodes.Add(exported);
            byElementId[node.ElementId] = exported;
        }

        var relationships = await database.RunAsync("MATCH ()-[r]->() RETURN r", mode: AccessMode.Read, cancellationToken: cancellationToken);
        foreach (var record in relationships.Records)
        {
            var r = (Relationship)record[0]!;
            if (!byElementId.TryGetValue(r.StartElementId, out var from) || !byElementId.TryGetValue(r.EndElementId, out var to)) continue;
            graph.Relationships.Add(new GraphRelationship(r.Type, from, to, new Dictionary<string, object?>(r.Properties)));
        }
        return graph;
    }
}
