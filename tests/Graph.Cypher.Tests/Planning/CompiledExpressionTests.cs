using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;
using Graph.Cypher.Tests.Planning.Reference;
using Record = Graph.Core.Store.Record;

namespace Graph.Cypher.Tests.Planning;

// Locks down the compiled list forms (comprehensions, quantifiers, reduce, slices): a planned statement answers as
// the clause interpreter does and, where it reads them, as the reference evaluator (its own list code) does —
// null lists and nulls among the elements, nested frames, a comprehension variable shadowing an outer one.
public sealed class CompiledExpressionTests : IDisposable
{
    private readonly Db _planned = PlanningGraph.Create();
    private readonly Db _interpreted = PlanningGraph.Create(interpretedOnly: true);

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    public static TheoryData<string> Queries => new()
    {
        // Comprehensions: filter, projection, nulls among the elements, a null list, a value that is not a list.
        "MATCH (a:Agreement) RETURN a.id, [x IN [a.n, a.n * 2, null] WHERE x > 50 | x - 1] AS xs",
        "MATCH (a:Agreement) RETURN a.id, [x IN [a.n, null, a.kind]] AS kept, [x IN [a.n, null] | x] AS projected",
        "MATCH (a:Agreement) RETURN a.id, [x IN a.missing | x] AS none, [x IN a.n | x + 1] AS wrapped",
        "MATCH (a:Agreement) WHERE [x IN [a.n, a.n + 7] WHERE x % 10 = 0] <> [] RETURN a.id",
        // Quantifiers: three-valued with nulls in the list, an empty list, a null list, no WHERE.
        "MATCH (a:Agreement) RETURN a.id, any(x IN [a.n, null] WHERE x > 30) AS anyx, all(x IN [a.n, null] WHERE x > 30) AS allx, none(x IN [a.n, null] WHERE x > 30) AS nonex, single(x IN [a.n, null, a.n] WHERE x > 30) AS singlex",
        "MATCH (a:Agreement) RETURN a.id, single(x IN [a.n, 100] WHERE x > 50) AS one, all(x IN [] WHERE x > 1) AS vacuous, any(x IN [] WHERE x > 1) AS nothing, none(x IN [a.kind] WHERE x = 'Protocol') AS notProtocol",
        "MATCH (a:Agreement) RETURN a.id, any(x IN a.missing WHERE x > 1) AS onNull, all(x IN [a.kind, a.date] WHERE x IS NOT NULL) AS complete",
        "MATCH (a:Agreement) WHERE any(x IN [a.n, a.n + 7] WHERE x % 10 = 0) AND NOT all(y IN [a.kind] WHERE y = 'Protocol') RETURN a.id",
        // reduce: over an empty list (the initial value), a null list, a list with nulls.
        "MATCH (a:Agreement) RETURN a.id, reduce(s = a.n, x IN [] | s + x) AS empty, reduce(s = 0, x IN [a.n, 1, 2] | s + x) AS total, reduce(s = 1, x IN a.missing | s * x) AS onNull",
        "MATCH (a:Agreement) RETURN a.id, reduce(s = 0, x IN [a.n, null] | s + x) AS withNull, reduce(acc = [], x IN [a.n, a.n + 1] | acc + [x * 2]) AS doubled",
        // Nested frames, each reading the outer variables.
        "MATCH (a:Agreement) RETURN a.id, [x IN [1, 2, a.n] | [y IN [x, a.n] WHERE y > x - 1 | x * y]] AS nested",
        "MATCH (a:Agreement) RETURN a.id, [x IN [a.n, a.n + 1] WHERE any(y IN [x, 2 * x] WHERE y % 4 = 0) | reduce(s = x, z IN [x, a.n] | s + z)] AS mixed",
        // Shadowing: a comprehension variable hides the outer one inside it only.
        "MATCH (a:Agreement) RETURN a.id, [a IN [a.n, a.n + 1] | a * 2] AS shadowed, a.n AS after",
        "MATCH (a:Agreement) RETURN a.id, [x IN [a.n] | [x IN [x + 1, x + 2] | x * 10]] AS inner, reduce(x = a.n, x IN [1, 2] | x) AS element",
        "MATCH (a:Agreement) WITH a, a.n AS x RETURN a.id, x, [x IN [x, 1] | x + 1] AS ys, any(x IN [0] WHERE x = 0) AS z",
        // Other forms inside a frame: CASE, maps, map projections, slices, function calls.
        "MATCH (a:Agreement) RETURN [x IN [a.n, null, 3] | CASE WHEN x IS NULL THEN {v: 'none'} ELSE {v: x, k: a.kind} END] AS maps",
        "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) WITH m, collect(a) AS agreements RETURN m.id, [x IN agreements WHERE x.n > 30 | x {.id, .kind, by: m.id}] AS late",
        "MATCH (a:Agreement) RETURN a.id, [a.n, 2, 3, 4][1..a.n % 5] AS part, [1, 2, 3][..-1] AS init, [1, 2][a.missing..] AS none, [x IN [a.n, 1] | toString(x)][0..1] AS texts",
        // Aggregates and grouping keys read inside a frame.
        "MATCH (a:Agreement) RETURN a.kind AS kind, [x IN collect(a.n) WHERE x > 40] AS late, all(x IN collect(a.n) WHERE x > 0) AS positive ORDER BY kind",
        "MATCH (a:Agreement) RETURN a.kind AS kind, count(*) AS c ORDER BY size([x IN [a.kind, 'zz'] WHERE x IS NOT NULL | x]), kind",
        // A node's string property against a string, compared in place: strings, numbers, missing values, either side.
        "MATCH (a:Agreement) RETURN a.id, a.kind = 'Protocol' AS p, 'Memorandum' = a.kind AS m, a.n = '5' AS typed, a.missing = 'x' AS missing",
        "MATCH (a:Agreement) WHERE a.kind = 'Protocol' AND NOT a.id = 'a3' RETURN a.id",
        "MATCH (s:State) RETURN s.id, s.name = 'State 2' AS two, s.name = 'État 2' AS accented, [x IN [s] WHERE x.id = 's1' | x.name] AS first",
        // Pattern expressions inside a frame (they read its variable, so no Apply computes them first).
        "MATCH (m:Ministry) RETURN m.id, [k IN ['Protocol', 'Memorandum'] | size([(m)-[:PARTY_TO]->(a:Agreement) WHERE a.kind = k | a])] AS counts",
        "MATCH (m:Ministry) RETURN m.id, any(s IN ['s1', 's2'] WHERE exists { (m)-[:PART_OF]->(x:State) WHERE x.id = s }) AS inS",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Planned_answers_equal_the_interpreters_and_the_references(string query)
    {
        var explain = _planned.Run("CYPHER runtime=slotted EXPLAIN " + query, DifferentialTests.Dates).Records;
        Assert.DoesNotContain("runtime=interpreted", (string?)explain[0]["Details"]);
        var planned = _planned.Run("CYPHER runtime=slotted " + query, DifferentialTests.Dates);
        var interpreted = _interpreted.Run(query, DifferentialTests.Dates);
        Assert.Equal(interpreted.Columns, planned.Columns);
        var expected = Sorted(query, interpreted.Records.Select(Row));
        Assert.Equal(expected, Sorted(query, planned.Records.Select(Row)));
        if (!ReferenceEvaluator.Supports(query)) return;
        var reference = new ReferenceEvaluator(_planned.Engine.Store.Snapshot(), DifferentialTests.Dates).Run(query)
            .Select(r => string.Join(" | ", r.Select(PlanningGraph.Text)));
        Assert.Equal(expected, Sorted(query, reference));
    }

    [Fact]
    public void The_list_forms_are_checked_against_the_reference()
    {
        // The comprehension, quantifier and reduce cases the reference evaluator reads (the rest need functions, maps or patterns).
        Assert.True(Queries.Cast<object[]>().Select(q => (string)q[0]).Count(ReferenceEvaluator.Supports) >= 12);
    }

    [Fact]
    public void Grouping_by_a_node_sees_each_rows_writes()
    {
        // The grouping key changes between rows of the same node: it must be read per row, not once per node.
        const string query = "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) SET m.seen = coalesce(m.seen, 0) + 1 RETURN m.seen AS seen, count(*) AS rows";
        var planned = _planned.Run(query).Records.Select(Row).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(_interpreted.Run(query).Records.Select(Row).Order(StringComparer.Ordinal).ToList(), planned);
        Assert.True(planned.Count > 1);
    }

    [Theory]
    [InlineData("MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.id, m.n % 4 AS k, count(*) AS n, collect(a.id) AS ids")]
    [InlineData("MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement)-[:SIGNED_AT]->(e:Event) WHERE a.kind = 'Protocol' RETURN e.id, count(*) AS n ORDER BY n DESC, e.id LIMIT 5")]
    [InlineData("MATCH (s:State)<-[:PART_OF]-(m:Ministry) OPTIONAL MATCH (m)-[:PARTY_TO]->(a:Agreement {kind: 'Nothing'}) RETURN a.id, a, count(*) AS n")]
    public void Grouping_by_a_node_answers_as_the_interpreter_in_every_runtime(string query)
    {
        var expected = _interpreted.Run(query).Records.Select(Row).ToList();
        foreach (var runtime in new[] { "slotted", "parallel" })
        {
            Assert.Equal(Sorted(query, expected), Sorted(query, _planned.Run($"CYPHER runtime={runtime} " + query).Records.Select(Row)));
        }
    }

    public static TheoryData<string> Failing => new()
    {
        "MATCH (a:Agreement) RETURN any(x IN [a.n] WHERE x + 1)",
        "MATCH (a:Agreement) RETURN single(x IN [true, 'yes'] WHERE x)",
        "MATCH (a:Agreement) RETURN reduce(s = 0, x IN [a.id] | s + x * 2)",
        "MATCH (a:Agreement) RETURN [x IN [a.n] | x.missing]",
        "MATCH (a:Agreement) RETURN [1, 2]['a'..]",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Planned_and_interpreted_fail_alike(string query)
    {
        var planned = Assert.ThrowsAny<GraphException>(() => _planned.Run("CYPHER runtime=slotted " + query, DifferentialTests.Dates));
        var interpreted = Assert.ThrowsAny<GraphException>(() => _interpreted.Run(query, DifferentialTests.Dates));
        Assert.Equal(interpreted.Code, planned.Code);
        Assert.Equal(interpreted.Message, planned.Message);
    }

    private static List<string> Sorted(string query, IEnumerable<string> rows)
    {
        var list = rows.ToList();
        if (!query.Contains("ORDER BY", StringComparison.Ordinal)) list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string Row(Record r) => string.Join(" | ", r.Values.Select(PlanningGraph.Text));
}
