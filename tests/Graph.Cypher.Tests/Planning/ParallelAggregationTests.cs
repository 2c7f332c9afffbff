using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Execution.Operators.Parallel;
using Graph.Cypher.Tests.Execution;
using Graph.Cypher.Tests.Planning.Reference;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down the morsel-driven parallel aggregation: on generated graphs whose scans end just before, on and just
// after a morsel boundary (and on an empty one), CYPHER runtime=parallel answers exactly as runtime=slotted (rows in
// the same order: groups merge back into scan order; collect, sum, avg, min and max fold in scan order), as the
// interpreter and as the reference evaluator; errors in a worker (integer overflow too) reach the caller as the serial run's error; EXPLAIN says when the parallel runtime is chosen.
public sealed class ParallelAggregationTests
{
    private static readonly int[] Sizes = [0, 1, ScanMorsels.Size - 1, ScanMorsels.Size, ScanMorsels.Size + 1, (2 * ScanMorsels.Size) + 1];

    private static readonly string[] Queries =
    [
        "MATCH (m:M)-[:P]->(a:A) RETURN m.id, count(a)",
        "MATCH (m:M) RETURN m.k, count(*), count(m.v), count(DISTINCT m.v)",
        "MATCH (m:M) RETURN m.v, count(*)",
        "MATCH (m:M) RETURN count(*)",
        "MATCH (m:M) RETURN count(DISTINCT m.v) AS d, count(m.v) AS c",
        "MATCH (n) RETURN count(n)",
        "MATCH (m:M)-[:P]->(a:A) WHERE m.v > 4 RETURN a.id, count(DISTINCT m), count(*)",
        "MATCH (m:M)-[:P]->(a:A)<-[:P]-(o:M) WHERE o.k = 3 RETURN a.id, count(DISTINCT o)",
        "MATCH (m:M)-[:P]->(a:A)-[:IN]->(s:S) RETURN s.id, count(DISTINCT a) AS agreements, count(m) AS parties",
        "MATCH (m:M)-[:P*1..2]-(x:A) RETURN m.k, count(x)",
        // Counted in batches off the last expansion: every role a count can take of its hops.
        "MATCH (m:M)-[r:P]->(a) RETURN m.k, count(r), count(DISTINCT r), count(DISTINCT a), count(m.v), count(DISTINCT m.v), count(*)",
        "MATCH (a:A)-[:P]-(m) RETURN a.n % 3 AS g, count(DISTINCT m), count(m)",
        "MATCH (s:S)<-[:IN]-(a:A)<-[:P]-(m:M) WHERE m.v > 2 RETURN s.id, count(DISTINCT m) AS parties",
        // Keys that read the far node of the last expansion: each hop finds its group.
        "MATCH (m:M)-[r:P]->(a:A) WHERE m.v > 2 RETURN a.id, a.n % 2 AS odd, count(*), count(DISTINCT r), count(m.v), count(DISTINCT m.k)",
        "MATCH (m:M)-[:P]->(a:A)-[:IN]->(s:S) RETURN s.id, count(*) AS n ORDER BY n DESC, s.id LIMIT 3",
        // Two hops of one type: relationship uniqueness (a filter above the last expansion) must still hold.
        "MATCH (a:A)<-[:P]-(m:M)-[:P]->(b:A) RETURN a.id, count(*), count(DISTINCT b)",
        "MATCH (a:A)<-[:P]-(m:M)-[:P]-(b) RETURN b.id, count(*)",
        // Folded in morsel order: collect keeps the serial order, sums stay integers until a float, nulls skipped.
        "MATCH (m:M) RETURN m.k, collect(m.id) AS ids, sum(m.n), sum(m.v), avg(m.v), min(m.v), max(m.id)",
        "MATCH (m:M) RETURN collect(m.v) AS vs, collect(DISTINCT m.v) AS distinct, sum(DISTINCT m.v), min(m.n), max(m.n), avg(m.n)",
        "MATCH (m:M) RETURN m.k, sum(CASE WHEN m.n % 3 = 0 THEN m.n + 0.5 ELSE m.n END) AS mixed, avg(CASE m.n % 4 WHEN 0 THEN null ELSE m.n * 0.25 END) AS quarter",
        "MATCH (m:M) RETURN m.k, max(CASE WHEN m.n % 2 = 0 THEN m.v ELSE toFloat(m.v) END) AS tie, min(CASE WHEN m.n % 2 = 0 THEN toFloat(m.k) ELSE m.k END) AS low",
        "MATCH (m:M)-[:P]->(a:A) RETURN a.id, collect(m.n) AS parties, count(*), sum(m.v), count(DISTINCT m.k)",
        "MATCH (m:M) WHERE m.n > 1000 RETURN collect(m.n), sum(m.n), avg(m.n), min(m.n), max(m.n)",
    ];

    /// <summary>n ministries-like nodes, each party to one of 37 agreements-like nodes, those in 5 states; k and v repeat (v has nulls).</summary>
    private static Db Graph(int n)
    {
        var db = new Db();
        db.Run("UNWIND range(1, 5) AS i CREATE (:S {id: 's' + i})");
        db.Run("UNWIND range(0, 36) AS i CREATE (:A {id: 'a' + i, n: i})");
        db.Run("MATCH (a:A), (s:S) WHERE a.n % 5 + 1 = toInteger(substring(s.id, 1)) CREATE (a)-[:IN]->(s)");
        if (n > 0)
        {
            db.Run("UNWIND range(1, $n) AS i CREATE (:M {id: 'm' + i, n: i, k: i % 7, v: CASE i % 5 WHEN 0 THEN null ELSE i % 13 END})", new Dictionary<string, object?> { ["n"] = (long)n });
            db.Run("MATCH (m:M) WHERE m.n % 4 <> 0 MATCH (a:A {n: m.n % 37}) CREATE (m)-[:P]->(a)");
            db.Run("MATCH (m:M) WHERE m.n % 3 = 0 MATCH (a:A {n: (m.n * 5) % 37}) CREATE (m)-[:P]->(a)");
        }
        return db;
    }

    private static List<string> Rows(Db db, string query, AccessMode mode = AccessMode.Read) =>
        db.Run(query, null, mode).Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).ToList();

    private static List<string> Sorted(List<string> rows)
    {
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        foreach (var size in Sizes) foreach (var query in Queries) cases.Add(size, query);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parallel_answers_as_slotted_the_interpreter_and_the_reference(int size, string query)
    {
        using var db = Graph(size);
        Assert.Contains("(runtime=parallel)", (string?)db.Run("EXPLAIN CYPHER runtime=parallel " + query).Records[0]["Details"]);
        var parallel = Rows(db, "CYPHER runtime=parallel " + query);
        // The same order as the serial run, not only the same rows: the merge puts groups back in scan order.
        Assert.Equal(Rows(db, "CYPHER runtime=slotted " + query), parallel);
        // A writer's view is read on one thread: the same operator runs serially there.
        Assert.Equal(parallel, Rows(db, "CYPHER runtime=parallel " + query, AccessMode.Write));
        Assert.Equal(Sorted(Rows(db, "CYPHER runtime=interpreted " + query)), Sorted([.. parallel]));
        if (ReferenceEvaluator.Supports(query))
        {
            var reference = new ReferenceEvaluator(db.Engine.Store.Snapshot(), new Dictionary<string, object?>()).Run(query)
                .Select(r => string.Join(" | ", r.Select(PlanningGraph.Text))).ToList();
            Assert.Equal(Sorted(reference), Sorted([.. parallel]));
        }
    }

    [Theory]
    [InlineData("MATCH (a:A {n: 3})<-[:P]-(m:M) RETURN m.k, count(*), count(DISTINCT m.v)")]
    [InlineData("UNWIND [3, 5, 3] AS i MATCH (a:A {n: i})<-[:P]-(m:M) RETURN a.id, count(m)")]
    [InlineData("UNWIND [3, 5, 3] AS i MATCH (a:A {n: i})<-[:P]-(m:M) RETURN m.k, count(*)")]
    [InlineData("MATCH (a:A {n: 40})<-[:P]-(m:M) RETURN count(*)")]
    public void Counting_off_an_expansion_from_a_filtered_or_unwound_start_answers_as_the_interpreter(string query)
    {
        using var db = Graph(ScanMorsels.Size + 1);
        Assert.Equal(Sorted(Rows(db, "CYPHER runtime=interpreted " + query)), Sorted(Rows(db, query)));
    }

    [Fact]
    public void A_failing_row_in_a_worker_is_the_statements_error()
    {
        using var db = Graph((2 * ScanMorsels.Size) + 1);
        // m1500 sits in the second morsel: whichever worker reads it divides by zero.
        const string query = "MATCH (m:M) RETURN m.k, count(10 / (m.n - 1500))";
        var serial = Assert.Throws<GraphException>(() => db.Run("CYPHER runtime=slotted " + query, null, AccessMode.Read));
        var parallel = Assert.Throws<GraphException>(() => db.Run("CYPHER runtime=parallel " + query, null, AccessMode.Read));
        Assert.Equal(serial.Code, parallel.Code);
        Assert.Equal(serial.Message, parallel.Message);
    }

    [Theory]
    // The running sum passes long.MaxValue at the second node, though the total (after the third) would fit: an error.
    [InlineData("MATCH (m:M) RETURN sum(CASE m.n WHEN 1 THEN 9223372036854775807 WHEN 2 THEN 1 WHEN 3 THEN -10 ELSE 0 END)")]
    // Past the first morsels: each node adds over 2^53, so one group's running sum leaves the range at its 1024th node.
    [InlineData("MATCH (m:M) RETURN m.k % 2 AS g, sum(9007199254740992 + m.n) AS s")]
    [InlineData("MATCH (m:M) RETURN sum(m.id)")]
    public void An_integer_sum_that_overflows_or_a_bad_value_fails_in_parallel_as_it_does_serially(string query)
    {
        using var db = Graph((2 * ScanMorsels.Size) + 1);
        Assert.Contains("(runtime=parallel)", (string?)db.Run("EXPLAIN CYPHER runtime=parallel " + query).Records[0]["Details"]);
        var serial = Assert.Throws<GraphException>(() => db.Run("CYPHER runtime=slotted " + query, null, AccessMode.Read));
        var parallel = Assert.Throws<GraphException>(() => db.Run("CYPHER runtime=parallel " + query, null, AccessMode.Read));
        Assert.Equal(serial.Code, parallel.Code);
        Assert.Equal(serial.Message, parallel.Message);
    }

    [Fact]
    public void A_sum_that_overflows_only_in_a_different_order_does_not_fail()
    {
        // Serially the running sum never leaves the range (each large value is followed by its negation).
        using var db = Graph((2 * ScanMorsels.Size) + 1);
        const string query = "MATCH (m:M) RETURN sum(CASE m.n % 2 WHEN 1 THEN 9223372036854775000 ELSE -9223372036854775000 END) AS s";
        Assert.Equal(Rows(db, "CYPHER runtime=slotted " + query), Rows(db, "CYPHER runtime=parallel " + query));
        Assert.Equal(["9223372036854775000"], Rows(db, "CYPHER runtime=parallel " + query));
    }

    [Fact]
    public void Explain_shows_the_parallel_choice_and_slotted_forbids_it()
    {
        using var db = Graph(10);
        const string query = "MATCH (m:M)-[:P]->(a:A) RETURN m.id, count(a)";
        Snapshot.Match(PlanTree.Of(db, "CYPHER runtime=parallel " + query), SnapshotNameExtension.Create("parallel"));
        Assert.DoesNotContain("parallel", PlanTree.Of(db, "CYPHER runtime=slotted " + query).Split('\n', 2)[1], StringComparison.Ordinal);
        // A small graph: left to the engine, the estimate does not pay for a second worker.
        Assert.DoesNotContain("parallel", PlanTree.Of(db, query).Split('\n', 2)[1], StringComparison.Ordinal);
        // PROFILE counts on one thread: it runs (and says) serial, with the same rows.
        Assert.DoesNotContain("parallel", string.Join(" ", db.Run("PROFILE CYPHER runtime=parallel " + query).Records.Select(r => r["Details"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregates_that_do_not_merge_exactly_and_inputs_that_are_not_a_scan_pipeline_stay_serial()
    {
        using var db = Graph(10);
        foreach (var query in new[]
        {
            "MATCH (m:M) RETURN m.k, stDev(m.n)",
            "MATCH (m:M) RETURN m.k, percentileCont(m.n, 0.5)",
            "MATCH (m:M), (a:A) WHERE m.n = a.n RETURN count(*)",
            "MATCH (m:M) WITH m ORDER BY m.n LIMIT 3 RETURN count(*)",
        })
        {
            Assert.DoesNotContain("parallel", PlanTree.Of(db, "CYPHER runtime=parallel " + query).Split('\n', 2)[1], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, RuntimeChoice.RowThreshold, true)]
    [InlineData(null, RuntimeChoice.RowThreshold - 1, false)]
    [InlineData("parallel", 1, true)]
    [InlineData("slotted", RuntimeChoice.RowThreshold * 10, false)]
    [InlineData("pipelined", RuntimeChoice.RowThreshold * 10, false)]
    public void The_engine_chooses_parallel_by_the_estimate_unless_the_statement_says(string? runtime, double estimate, bool chosen) =>
        Assert.Equal(chosen && (runtime is not null || Environment.ProcessorCount > 1), RuntimeChoice.Chosen(runtime, estimate));
}
