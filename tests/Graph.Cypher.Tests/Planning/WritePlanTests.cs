using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down updating statements as planned operators: the write operators and where Eager goes (only where a
// read and a write conflict), LIMIT over writes still writing every row, and answers, counters and the graph
// left behind equal to the interpreter's.
public sealed class WritePlanTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private List<string?> Operators(string query) => _db.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]).ToList();

    // The interpreter stops pulling at LIMIT 0 and so never creates: the planned runtime has Neo4j's semantics.
    [Fact]
    public void Create_then_limit_zero_still_creates()
    {
        const string query = "CREATE (n:Thing {k: 1}) RETURN n LIMIT 0";
        Assert.Equal(["ProduceResults", "ExhaustiveLimit", "Create", "Argument"], Operators(query));
        var result = _db.Run(query);
        Assert.Empty(result.Records);
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal(1L, _db.Scalar("MATCH (n:Thing) RETURN count(n)"));
    }

    [Fact]
    public void A_write_into_what_the_match_scans_is_eager_and_sees_only_the_old_rows()
    {
        _db.Run("UNWIND range(1, 3) AS i CREATE (:A {i: i})");
        const string query = "MATCH (a:A) CREATE (:A {i: a.i + 10})";
        Assert.Equal(["ProduceResults", "EmptyResult", "Create", "Eager", "NodeByLabelScan"], Operators(query));
        Assert.Equal(3, _db.Run(query).Counters.NodesCreated);
        Assert.Equal(6L, _db.Scalar("MATCH (a:A) RETURN count(a)"));
    }

    [Fact]
    public void A_write_nothing_earlier_reads_streams_without_eager()
    {
        _db.Run("UNWIND range(1, 3) AS i CREATE (:A {i: i})");
        Assert.DoesNotContain("Eager", Operators("MATCH (a:A) CREATE (:B {i: a.i})"));
        Assert.DoesNotContain("Eager", Operators("MATCH (a:A) SET a.seen = true"));
        Assert.Contains("Eager", Operators("MATCH (a:A) WHERE a.seen IS NULL SET a.seen = true"));
        Assert.Contains("Eager", Operators("MATCH (a:A) DETACH DELETE a"));
        Assert.Equal(["ProduceResults", "EmptyResult", "SetLabels", "SetProperty", "NodeByLabelScan"], Operators("MATCH (a:A) SET a.x = 1, a:B"));
        Assert.Equal(["ProduceResults", "EmptyResult", "RemoveProperty", "RemoveLabels", "NodeByLabelScan"], Operators("MATCH (a:A) REMOVE a:B, a.x"));
    }

    [Fact]
    public void A_match_after_writes_sees_every_row_written()
    {
        const string query = "UNWIND range(1, 3) AS i CREATE (:C {i: i}) WITH i MATCH (c:C) RETURN i, count(c) AS n ORDER BY i";
        Assert.Contains("Eager", Operators(query));
        Assert.Equal([3L, 3L, 3L], _db.Run(query).Records.Select(r => r["n"]));
    }

    [Fact]
    public void A_match_after_a_writing_subquery_sees_every_row_written()
    {
        var rows = _db.Run("UNWIND range(1, 3) AS i CALL { CREATE (:D) } MATCH (d:D) RETURN i, count(d) AS n ORDER BY i").Records;
        Assert.Equal([3L, 3L, 3L], rows.Select(r => r["n"]));
    }

    [Fact]
    public void A_unit_subquery_is_a_subquery_foreach_between_eagers()
    {
        _db.Run("UNWIND range(1, 3) AS i CREATE (:A {i: i})");
        const string query = "MATCH (a:A) CALL (a) { CREATE (:B {i: a.i}) } RETURN a.i AS i ORDER BY i";
        Assert.Equal(["ProduceResults", "Sort", "Projection", "Eager", "SubqueryForeach", "Eager", "NodeByLabelScan", "Create", "Argument"], Operators(query));
        var result = _db.Run(query);
        Assert.Equal([1L, 2L, 3L], result.Records.Select(r => r["i"]));
        Assert.Equal(3, result.Counters.NodesCreated);
    }

    public static TheoryData<string> Writes => new()
    {
        "CREATE (a:P {name: 'x'})-[:R {w: 1}]->(b:Q) RETURN a.name, b",
        "MATCH (p:P) SET p.n = p.n * 2, p:Seen RETURN p.id, p.n ORDER BY p.id",
        "MATCH (p:P) WHERE p.n > 2 SET p += {flag: true, n: null}",
        "MATCH (p:P {id: 2}) SET p = {id: 20}",
        "MATCH (p:P) REMOVE p.n, p:P",
        "MATCH (p:P)-[r:R]->(q) DELETE r",
        "MATCH (p:P) WHERE p.id < 3 DETACH DELETE p",
        "MATCH (p:P) DELETE p",
        "MERGE (p:P {id: 1}) ON MATCH SET p.hit = true RETURN p.id, p.hit",
        "MERGE (p:P {id: 9}) ON CREATE SET p.made = true RETURN p.id, p.made",
        "UNWIND [1, 1, 2, 7] AS i MERGE (p:P {id: i}) RETURN i, p.n ORDER BY i",
        "MATCH (p:P), (q:P) WHERE p.id + 1 = q.id MERGE (p)-[r:NEXT]->(q) RETURN p.id, q.id ORDER BY p.id",
        "MATCH (p:P) WITH p ORDER BY p.id LIMIT 2 CREATE (p)-[:R]->(:Copy {of: p.id}) RETURN p.id ORDER BY p.id",
        "MATCH (p:P) CREATE (c:Copy {of: p.id}) WITH c MATCH (x:Copy) RETURN c.of, count(x) ORDER BY c.of",
        "MATCH (p:P) SET p.n = null RETURN count(*)",
        // Unit subqueries (no RETURN): run for each row, which they keep; a MATCH after them sees all their writes.
        "MATCH (p:P) CALL (p) { CREATE (:Copy {of: p.id}) } RETURN p.id ORDER BY p.id",
        "MATCH (p:P) CALL (p) { SET p.n = p.n + 100 } WITH p MATCH (q:P) WHERE q.n > 100 RETURN p.id, count(q) ORDER BY p.id",
        "UNWIND range(1, 3) AS i CALL (i) { MATCH (p:P {id: i}) CREATE (p)-[:R]->(:Copy {of: i}) } MATCH (c:Copy) RETURN i, count(c) ORDER BY i",
        "MATCH (p:P) WHERE p.id < 3 CALL (p) { DETACH DELETE p }",
        "CALL () { CREATE (:Copy {of: 0}) RETURN 1 AS x UNION ALL CREATE (:Copy {of: 1}) RETURN 2 AS x } MATCH (c:Copy) RETURN x, count(c) ORDER BY x",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Planned_writes_answer_count_and_leave_the_graph_as_the_interpreter(string query)
    {
        using var planned = Seeded(interpretedOnly: false);
        using var interpreted = Seeded(interpretedOnly: true);
        Assert.DoesNotContain("runtime=interpreted", (string?)planned.Run("EXPLAIN " + query).Records[0]["Details"]);
        var (expected, actual) = (Outcome(interpreted, query), Outcome(planned, query));
        Assert.Equal(expected, actual);
    }

    private static Db Seeded(bool interpretedOnly)
    {
        var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });
        db.Run("CYPHER runtime=interpreted UNWIND range(1, 4) AS i CREATE (:P {id: i, n: i})");
        db.Run("CYPHER runtime=interpreted MATCH (p:P), (q:P) WHERE q.id = p.id % 4 + 1 CREATE (p)-[:R]->(q)");
        return db;
    }

    /// <summary>The rows, the counters and a dump of the graph afterwards (or the error), as comparable text.</summary>
    private static string Outcome(Db db, string query)
    {
        string result;
        try
        {
            var r = db.Run(query);
            result = string.Join("\n", r.Records.Select(x => string.Join(" | ", x.Values.Select(PlanningGraph.Text)))) + "\n" + Counters(r.Counters);
        }
        catch (Graph.Core.Errors.GraphException e)
        {
            result = e.Code + ": " + e.Message;
        }
        var nodes = db.Run("CYPHER runtime=interpreted MATCH (n) RETURN labels(n) AS l, properties(n) AS p").Records.Select(x => PlanningGraph.Text(x["l"]) + PlanningGraph.Text(x["p"])).Order(StringComparer.Ordinal);
        var rels = db.Run("CYPHER runtime=interpreted MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS t, properties(r) AS p, properties(b) AS b").Records
            .Select(x => $"{PlanningGraph.Text(x["a"])}-{x["t"]}{PlanningGraph.Text(x["p"])}->{PlanningGraph.Text(x["b"])}").Order(StringComparer.Ordinal);
        return result + "\n" + string.Join("\n", nodes) + "\n" + string.Join("\n", rels);
    }

    private static string Counters(QueryCounters c) =>
        $"+n{c.NodesCreated} -n{c.NodesDeleted} +r{c.RelationshipsCreated} -r{c.RelationshipsDeleted} p{c.PropertiesSet} +l{c.LabelsAdded} -l{c.LabelsRemoved}";
}
