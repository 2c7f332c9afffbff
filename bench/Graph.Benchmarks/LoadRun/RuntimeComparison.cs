using System.Diagnostics;
using Graph.Core.Errors;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// The planned runtime against the clause interpreter (issue 12) on one generated graph, in one process:
/// setup statements first (dates, indexes the generator does not make), then each query's median on each
/// runtime, alternating runs so a noisy neighbour slows both alike, and the ratio. A run past the timeout
/// counts as the timeout and ends that runtime's runs of the query.
/// </summary>
internal static class RuntimeComparison
{
    public static void Run(long entities, string? csvDirectory, string setup, string queries, int runs, TimeSpan timeout)
    {
        var (store, owner) = Breakdown.OpenGraph(entities, csvDirectory);
        using var _ = owner;
        var planned = new StatementExecutor(new PlanCache(1000), timeout);
        var interpreted = new StatementExecutor(new PlanCache(1000), timeout, interpretedOnly: true);
        foreach (var statement in Split(setup))
        {
            using var tx = store.BeginWrite();
            planned.Execute(planned.Compile(statement), tx, tx, null, default);
            tx.Commit();
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Console.WriteLine($"{entities} entities; medians of {runs} runs after one warm-up; timeout {timeout.TotalSeconds:F0} s");
        Console.WriteLine("| query | interpreted ms | planned ms | interpreted ÷ planned | rows |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var query in Split(queries))
        {
            var a = new Side(interpreted, query, store, timeout);
            var b = new Side(planned, query, store, timeout);
            for (var i = 0; i <= runs; i++)
            {
                // The first round warms up (tiering, plan cache) and is not counted.
                a.Time(counted: i > 0);
                b.Time(counted: i > 0);
            }

            if (a.Rows >= 0 && b.Rows >= 0 && a.Rows != b.Rows) throw new InvalidOperationException($"Row counts differ ({a.Rows} vs {b.Rows}): {query}");
            Console.WriteLine($"| `{query}` | {a.Text} | {b.Text} | {Ratio(a, b)} | {Math.Max(a.Rows, b.Rows)} |");
        }
    }

    private static string Ratio(Side a, Side b) =>
        b.TimedOut ? "–" : a.TimedOut ? $"> {a.Median / b.Median:F0}" : $"{a.Median / b.Median:F1}";

    private static string[] Split(string text) => text.Split(";;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private sealed class Side(StatementExecutor executor, string query, Graph.Cypher.Storage.IGraphStore store, TimeSpan timeout)
    {
        private readonly List<double> _times = [];

        public int Rows { get; private set; } = -1;

        public bool TimedOut { get; private set; }

        public double Median => TimedOut ? timeout.TotalMilliseconds : Statistics.Median(_times.ToArray());

        public string Text => TimedOut ? $"> {timeout.TotalMilliseconds:F0}" : $"{Median:F1}";

        public void Time(bool counted)
        {
            if (TimedOut) return;
            var start = Stopwatch.GetTimestamp();
            try
            {
                Rows = executor.Execute(executor.Compile(query), store.Snapshot(), null, null, default).Records.Count;
            }
            catch (GraphException e) when (e.Code == ErrorCodes.TransactionTimedOut)
            {
                TimedOut = true;
                return;
            }

            if (counted) _times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
