using System.Diagnostics;
using System.Globalization;
using Graph.BenchData.Export;
using Graph.BenchData.Generation;
using Graph.BenchData.Output;

const string Usage = """
    graph-benchdata — data for the GraphQL API benchmark

      graph-benchdata generate --entities N --schema FILE --out DIR [--random-seed S]
          writes DIR/cypher/ (schema.cypher + seed/*.cypher, UNWIND batches) and DIR/graph.json
      graph-benchdata export --cypher DIR --out FILE
          loads a cypher folder into the embedded engine and writes the graph as JSON
    """;

try
{
    var command = args.Length > 0 ? args[0] : "";
    var flags = Flags(args.Skip(1).ToArray());
    var clock = Stopwatch.StartNew();
    switch (command)
    {
        case "generate":
        {
            var total = int.Parse(Required(flags, "--entities"), CultureInfo.InvariantCulture);
            var seed = flags.TryGetValue("--random-seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 20230412;
            var output = Required(flags, "--out");
            var graph = SyntheticGraph.Build(total, seed);
            CypherFolderWriter.Write(graph, Required(flags, "--schema"), Path.Combine(output, "cypher"));
            GraphJsonWriter.Write(graph, Path.Combine(output, "graph.json"));
            Console.WriteLine($"generated {graph.Nodes.Count} entities, {graph.Relationships.Count} relationships in {output} ({clock.Elapsed.TotalSeconds:0.0} s)");
            return 0;
        }
        case "export":
        {
            var graph = await GraphExporter.ExportAsync(Required(flags, "--cypher"), CancellationToken.None);
            GraphJsonWriter.Write(graph, Required(flags, "--out"));
            Console.WriteLine($"exported {graph.Nodes.Count} entities, {graph.Relationships.Count} relationships ({clock.Elapsed.TotalSeconds:0.0} s)");
            return 0;
        }
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException or Graph.Core.Errors.GraphException)
{
    Console.Error.WriteLine($"graph-benchdata: {e.Message}");
    return 1;
}

static Dictionary<string, string> Flags(string[] args)
{
    var flags = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i += 2)
    {
        if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected --flag value pairs, got '{args[i]}'");
        flags[args[i]] = args[i + 1];
    }
    return flags;
}

static string Required(Dictionary<string, string> flags, string name) =>
    flags.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required");
