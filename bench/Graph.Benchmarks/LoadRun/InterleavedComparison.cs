using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Core.Values;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;

namespace Graph.Benchmarks.LoadRun;

/// <summary>
/// Our engine and Kuzu on the same CSV graph, loaded once each, the questions run interleaved: per question the
/// same warm-ups, then rounds in which both answer, alternating which goes first (so a noisy neighbour slows
/// both alike). Both are timed in-process: ours around <see cref="StatementExecutor.Execute"/> (records
/// built) in this process, Kuzu inside a long-lived Node worker (bench/kuzu/worker.mjs: conn.query + getAll)
/// that reports its own time, so neither side pays for the pipe. Answers are compared by content on every
/// question (a mismatch is printed); the RSS of each process is printed too.
/// </summary>
internal static class InterleavedComparison
{
    /// <summary>One question in each engine's dialect; Ordered when its rows come in a defined order.</summary>
    private sealed record Question(string Name, string Ours, string Kuzu, bool Ordered);

    public static void Run(string csvDirectory, int warmups, int rounds, string workerScript)
    {
        var (store, owner) = Breakdown.OpenGraph(0, csvDirectory);
        using var _ = owner;
        var executor = new StatementExecutor(new PlanCache(1000), TimeSpan.FromSeconds(120));
        string[] ourSetup =
        [
            "MATCH (a:Agreement) SET a.date = date('2000-01-01') + duration({days: toInteger(substring(a.id, 2)) % 9000})",
            "MATCH (e:Event) SET e.date = date('2000-01-01') + duration({days: (toInteger(substring(e.id, 2)) * 7) % 9000})",
            "CREATE INDEX agreement_date FOR (a:Agreement) ON (a.date)",
        ];
        foreach (var statement in ourSetup)
        {
            using var tx = store.BeginWrite();
            executor.Execute(executor.Compile(statement), tx, tx, null, default);
            tx.Commit();
        }

        using var kuzu = new KuzuWorker(workerScript, csvDirectory);
        // Kuzu's substring is 1-based; DATE + INT64 adds days.
        foreach (var statement in new[]
        {
            "ALTER TABLE Agreement ADD date DATE",
            "ALTER TABLE Event ADD date DATE",
            "MATCH (a:Agreement) SET a.date = date('2000-01-01') + CAST(substring(a.id, 3, 20) AS INT64) % 9000",
            "MATCH (e:Event) SET e.date = date('2000-01-01') + (CAST(substring(e.id, 3, 20) AS INT64) * 7) % 9000",
        })
        {
            kuzu.Ask(statement);
        }

        string Scalar(string query) => AskOurs(executor, store, query).Rows[0][0];
        var ministry = Scalar("MATCH (m:Ministry)-[:PARTY_TO]->() RETURN m.id ORDER BY m.id LIMIT 1");
        var state = Scalar("MATCH (s:State)<-[:PART_OF]-(:Ministry) RETURN s.id ORDER BY s.id LIMIT 1");
        var questions = Questions(ministry, state);

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var ourRss = self.WorkingSet64;
        Console.WriteLine($"{kuzu.Engine}; {kuzu.Entities:N0} entities, {kuzu.Relationships:N0} relationships; {warmups} warm-ups and {rounds} interleaved rounds per question; medians in ms");
        Console.WriteLine();
        Console.WriteLine("| question | ours ms | Kuzu ms | ours ÷ Kuzu | rows | answers |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var q in questions)
        {
            var (ours, theirs) = (new List<double>(), new List<double>());
            Answer? ourAnswer = null, kuzuAnswer = null;
            for (var i = 0; i < warmups + rounds; i++)
            {
                var counted = i >= warmups;
                void Ours() { ourAnswer = AskOurs(executor, store, q.Ours); if (counted) ours.Add(ourAnswer.Millis); }
                void Kuzu() { kuzuAnswer = kuzu.Ask(q.Kuzu); if (counted) theirs.Add(kuzuAnswer.Millis); }
                if (i % 2 == 0) { Ours(); Kuzu(); }
                else { Kuzu(); Ours(); }
            }

            var same = Same(ourAnswer!, kuzuAnswer!, q.Ordered);
            var (a, b) = (Statistics.Median(ours), Statistics.Median(theirs));
            Console.WriteLine($"| {q.Name} | {Ms(a)} | {Ms(b)} | {Ratio(a, b)} | {ourAnswer!.Rows.Count} | {(same ? "same" : $"**differ** (Kuzu {kuzuAnswer!.Rows.Count} rows)")} |");
        }

        Console.WriteLine();
        Console.WriteLine($"RSS: ours {ourRss / 1e6:F0} MB loaded, {Rss(self) / 1e6:F0} MB after the questions (this .NET process); Kuzu {kuzu.ReadyRss / 1e6:F0} MB loaded, {kuzu.Rss / 1e6:F0} MB after the questions (the Node worker)");
        Console.WriteLine();
        Console.WriteLine("| question | ours | Kuzu |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var q in questions) Console.WriteLine($"| {q.Name} | `{q.Ours}` | `{q.Kuzu}` |");
    }

    private static long Rss(Process p)
    {
        p.Refresh();
        return p.WorkingSet64;
    }

    private static List<Question> Questions(string ministry, string state)
    {
        var list = new List<Question>();
        void Same(string name, string query, bool ordered) => list.Add(new(name, query, query, ordered));
        Same("ministry by id, its agreements", $"MATCH (m:Ministry {{id: '{ministry}'}})-[:PARTY_TO]->(a:Agreement) RETURN a.id", false);
        Same("a state's ministries' agreements", $"MATCH (s:State {{id: '{state}'}})<-[:PART_OF]-(m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN a.id", false);
        Same("agreements per ministry, whole graph", "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.id, count(a)", false);
        Same("agreements in a date range, top 20 (target 1)", "MATCH (a:Agreement) WHERE a.date >= date('2010-01-01') AND a.date <= date('2010-03-31') RETURN a.id, a.name, a.date ORDER BY a.date, a.id LIMIT 20", true);
        Same("3 hops, filter on the middle node, top 10", "MATCH (l:Leader)-[:SIGNED]->(a:Agreement)-[:SIGNED_AT]->(e:Event)-[:HELD_IN]->(p:Place) WHERE a.kind = 'Protocol' RETURN p.id, count(*) AS n ORDER BY n DESC, p.id LIMIT 10", true);
        Same("ORDER BY all agreements, SKIP 5% LIMIT 10", "MATCH (a:Agreement) RETURN a.id ORDER BY a.date, a.id SKIP 5000 LIMIT 10", true);
        Same("per state, distinct agreements of its ministries", "MATCH (s:State)<-[:PART_OF]-(m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN s.id, count(DISTINCT a)", false);
        Same("two labels joined by a date value", "MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN count(*)", false);
        Same("4 hops to the state, filtered, grouped, top 10 (target 2)", "MATCH (l:Leader)-[:SIGNED]->(a:Agreement)-[:SIGNED_AT]->(e:Event)-[:HELD_IN]->(p:Place)-[:LOCATED_IN]->(s:State) WHERE a.kind = 'Protocol' AND a.date >= date('2015-01-01') RETURN s.id, count(*) AS n ORDER BY n DESC, s.id LIMIT 10", true);
        // Cypher matches a variable-length pattern as a trail (no relationship twice); Kuzu's default is a walk, which
        // reaches the start node back over any of its relationships (m-a-m). is_trail gives Kuzu Cypher's semantics;
        // the walk form is kept as its own row so the difference stays visible.
        var target3 = $"MATCH (m:Ministry {{id: '{ministry}'}})-[*1..3]-(x) RETURN count(DISTINCT x)";
        list.Add(new("1..3 hops from a ministry, distinct (target 3)", target3, $"MATCH (m:Ministry {{id: '{ministry}'}})-[e*1..3]-(x) WHERE is_trail(e) RETURN count(DISTINCT x)", false));
        list.Add(new("target 3, Kuzu's default walk semantics (start node counted)", target3, target3, false));
        return list;
    }

    /// <summary>Rows as text, in order; the time to run the statement and build its records.</summary>
    private sealed record Answer(IReadOnlyList<IReadOnlyList<string>> Rows, double Millis);

    private static Answer AskOurs(StatementExecutor executor, Graph.Cypher.Storage.IGraphStore store, string query)
    {
        var start = Stopwatch.GetTimestamp();
        var result = executor.Execute(executor.Compile(query), store.Snapshot(), null, null, default);
        var millis = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new(result.Records.Select(r => (IReadOnlyList<string>)r.Values.Select(Text).ToList()).ToList(), millis);
    }

    private static string Text(object? v) => v switch
    {
        null => "null",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("G15", CultureInfo.InvariantCulture),
        CypherDate date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static bool Same(Answer a, Answer b, bool ordered)
    {
        IEnumerable<string> Lines(Answer x) => x.Rows.Select(r => string.Join(" | ", r));
        return ordered ? Lines(a).SequenceEqual(Lines(b)) : Lines(a).Order(StringComparer.Ordinal).SequenceEqual(Lines(b).Order(StringComparer.Ordinal));
    }

    private static string Ms(double ms) => ms >= 100 ? ms.ToString("F0", CultureInfo.InvariantCulture) : ms.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Two significant digits, never rounded to 0.</summary>
    internal static string Ratio(double ours, double theirs)
    {
        if (theirs <= 0) return "–";
        var r = ours / theirs;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(r)) - 1);
        var rounded = Math.Round(r / magnitude) * magnitude;
        return rounded.ToString(rounded >= 10 ? "0" : "0.#########", CultureInfo.InvariantCulture);
    }

    /// <summary>The Node process holding Kuzu: one request line out, one answer line back.</summary>
    private sealed class KuzuWorker : IDisposable
    {
        private readonly Process _process;

        public KuzuWorker(string script, string csvDirectory)
        {
            _process = Process.Start(new ProcessStartInfo("node", [script, csvDirectory])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("node did not start");
            using var ready = JsonDocument.Parse(_process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The Kuzu worker ended before it was ready"));
            Engine = ready.RootElement.GetProperty("engine").GetString() ?? "kuzu";
            Entities = ready.RootElement.GetProperty("entities").GetInt64();
            Relationships = ready.RootElement.GetProperty("relationships").GetInt64();
            ReadyRss = Rss = ready.RootElement.GetProperty("rss").GetInt64();
        }

        /// <summary>The worker's RSS once the graph was loaded.</summary>
        public long ReadyRss { get; }

        public string Engine { get; }

        public long Entities { get; }

        public long Relationships { get; }

        /// <summary>The worker's RSS after its last answer.</summary>
        public long Rss { get; private set; }

        public Answer Ask(string query)
        {
            _process.StandardInput.WriteLine(JsonSerializer.Serialize(new { query }));
            _process.StandardInput.Flush();
            using var reply = JsonDocument.Parse(_process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The Kuzu worker ended"));
            var root = reply.RootElement;
            Rss = root.GetProperty("rss").GetInt64();
            if (root.TryGetProperty("error", out var error)) throw new InvalidOperationException($"Kuzu: {error.GetString()} in {query}");
            var rows = root.GetProperty("rows").EnumerateArray()
                .Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(v => v.GetString() ?? "").ToList()).ToList();
            return new(rows, root.GetProperty("ms").GetDouble());
        }

        public void Dispose()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000)) _process.Kill();
            _process.Dispose();
        }
    }
}
