using System.Globalization;
using BenchmarkDotNet.Running;
using Graph.Benchmarks.Generation;
using Graph.Benchmarks.LoadRun;

// Modes:
//   load [--entities N] [--lookups K] [--no-store] [--csv DIR] [--no-cypher]
//                                                    the load run (with --csv: the bulk import of the
//                                                    exported files too); prints JSON on stdout
//   breakdown [--entities N] [--lookups K] [--csv DIR]
//                                                    where query time goes, layer by layer (JSON); with
//                                                    --csv the graph is bulk-imported from DIR (faster)
//   repeat --query Q [--entities N] [--runs K] [--csv DIR] [--allocations]
//                                                    runs queries (separated by ';;') K times: medians
//                                                    (and a process to attach a profiler to)
//   compare --query Q [--setup S] [--entities N] [--runs K] [--csv DIR] [--timeout SECONDS]
//                                                    planned runtime vs the clause interpreter (issue 12):
//                                                    setup statements (';;'), then medians per query, Markdown
//   interleaved --csv DIR [--warmups W] [--rounds K] [--worker bench/kuzu/worker.mjs]
//                                                    ours and Kuzu on the same CSV graph, questions interleaved
//                                                    (issue 12): medians, ratios, answers compared, RSS; Markdown
//   reopen [--entities N] [--data DIR]                durable store: load, checkpoint, log, timed reopen (JSON)
//   open --data DIR [--checkpoint]                    times opening an existing data directory (after reopen),
//                                                    RSS after the open and after a full GC (JSON); with
//                                                    --checkpoint: opens, writes a snapshot in the current format, exits
//   open-phases --schema FILE [--entities N] [--data DIR] [--runs K]
//                                                    builds DIR (if missing) under the schema file, then
//                                                    times reading + installing its snapshot per index kind
//   export --entities N --out DIR                     the same graph as CSV for Kuzu
//   anything else                                     BenchmarkDotNet (BenchmarkSwitcher)
var mode = args.FirstOrDefault();
long Option(string name, long fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

switch (mode)
{
    case "load":
        var csvAt = Array.IndexOf(args, "--csv");
        var csv = csvAt >= 0 && csvAt + 1 < args.Length ? args[csvAt + 1] : null;
        var runner = new LoadRunner(Option("--entities", 1_000_000), (int)Option("--lookups", 20_000), !args.Contains("--no-store"), csv, !args.Contains("--no-cypher"));
        Console.WriteLine(LoadRunner.Format(await runner.RunAsync()));
        break;
    case "breakdown":
        var breakdownCsvAt = Array.IndexOf(args, "--csv");
        var breakdownCsv = breakdownCsvAt >= 0 && breakdownCsvAt + 1 < args.Length ? args[breakdownCsvAt + 1] : null;
        Console.WriteLine(LoadRunner.Format(new Breakdown(Option("--entities", 100_000), (int)Option("--lookups", 20_000), breakdownCsv).Run()));
        break;
    case "repeat":
        // For a profiler: one query run again and again over a graph loaded through the store writer.
        var queryAt = Array.IndexOf(args, "--query");
        var repeatCsvAt = Array.IndexOf(args, "--csv");
        var repeatSetupAt = Array.IndexOf(args, "--setup");
        Breakdown.Repeat(Option("--entities", 100_000), args[queryAt + 1], (int)Option("--runs", 100), repeatCsvAt >= 0 ? args[repeatCsvAt + 1] : null, args.Contains("--allocations"),
            repeatSetupAt >= 0 ? args[repeatSetupAt + 1] : "");
        break;
    case "compare":
        string? Text(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        RuntimeComparison.Run(Option("--entities", 100_000), Text("--csv"), Text("--setup") ?? "", Text("--query") ?? "", (int)Option("--runs", 5), TimeSpan.FromSeconds(Option("--timeout", 60)));
        break;
    case "interleaved":
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        InterleavedComparison.Run(Arg("--csv") ?? throw new ArgumentException("--csv DIR is required"), (int)Option("--warmups", 2), (int)Option("--rounds", 5),
            Arg("--worker") ?? Path.Combine("bench", "kuzu", "worker.mjs"));
        break;
    case "reopen":
        var dataAt = Array.IndexOf(args, "--data");
        var data = dataAt >= 0 && dataAt + 1 < args.Length ? args[dataAt + 1] : Path.Combine(Path.GetTempPath(), "graph-bench-reopen");
        Console.WriteLine(LoadRunner.Format(new ReopenRun(Option("--entities", 1_000_000), data).Run()));
        break;
    case "open":
        var openAt = Array.IndexOf(args, "--data");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpuBefore = Statistics.CpuSeconds();
        using (var opened = Graph.Cypher.Storage.Durability.DurableGraphStore.Open(args[openAt + 1]))
        {
            if (args.Contains("--checkpoint"))
            {
                // Rewrites the snapshot in the current format (a directory built by an older version), then times nothing else.
                opened.Checkpoint();
                Console.WriteLine($"{{\"checkpointed\": \"{args[openAt + 1]}\"}}");
                break;
            }

            var view = opened.Snapshot();
            var openSeconds = clock.Elapsed.TotalSeconds;
            var openCpu = Statistics.CpuSeconds() - cpuBefore;
            var rssAfterOpen = Environment.WorkingSet;
            var heap = Statistics.HeapBytes();
            var rssAfterGc = Environment.WorkingSet;
            // An aggressive collection also gives the free heap back to the OS: what a long-running host would settle to.
            var aggressive = System.Diagnostics.Stopwatch.StartNew();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Console.WriteLine($"{{\"nodes\": {view.NodeCount}, \"relationships\": {view.RelationshipCount}, \"openSeconds\": {openSeconds:F2}, \"openCpuSeconds\": {openCpu:F2}, \"rssAfterOpenMB\": {rssAfterOpen / 1_000_000}, \"rssAfterGcMB\": {rssAfterGc / 1_000_000}, \"rssAfterAggressiveGcMB\": {Environment.WorkingSet / 1_000_000}, \"aggressiveGcSeconds\": {aggressive.Elapsed.TotalSeconds:F2}, \"heapMB\": {heap / 1_000_000}}}");
        }

        break;
    case "open-phases":
        var phasesDataAt = Array.IndexOf(args, "--data");
        var phasesData = phasesDataAt >= 0 ? args[phasesDataAt + 1] : Path.Combine(Path.GetTempPath(), "graph-bench-open-phases");
        var schemaAt = Array.IndexOf(args, "--schema");
        Console.WriteLine(LoadRunner.Format(new OpenPhases(Option("--entities", 200_000), phasesData, args[schemaAt + 1], (int)Option("--runs", 3)).Run()));
        break;
    case "export":
        var at = Array.IndexOf(args, "--out");
        var directory = at >= 0 && at + 1 < args.Length ? args[at + 1] : "graph-csv";
        CsvExporter.Export(new GraphGenerator(Option("--entities", 1_000_000)), directory);
        Console.Error.WriteLine($"exported to {Path.GetFullPath(directory)}");
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GraphGenerator).Assembly).Run(args);
        break;
}
