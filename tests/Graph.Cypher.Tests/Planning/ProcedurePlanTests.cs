using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down CALL procedure as a planned ProcedureCall: standalone calls, YIELD (renamed, *, with WHERE), calls per
// input row and inside CALL { … }, full-text queries and void procedures answer as the interpreter does, and fail
// with its errors.
public sealed class ProcedurePlanTests : IDisposable
{
    private readonly Db _planned = Seeded(interpretedOnly: false);
    private readonly Db _interpreted = Seeded(interpretedOnly: true);

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    private static Db Seeded(bool interpretedOnly)
    {
        var db = PlanningGraph.Create(interpretedOnly);
        db.Run("CREATE FULLTEXT INDEX state_names FOR (s:State) ON EACH [s.name]");
        return db;
    }

    private static readonly Dictionary<string, object?> Parameters = new() { ["indexName"] = "state_names", ["queryString"] = "state", ["label"] = "State" };

    public static TheoryData<string> Queries => new()
    {
        "CALL db.labels()",
        "CALL db.labels() YIELD label RETURN label ORDER BY label",
        "CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'M' OR l = $label RETURN l",
        "CALL db.relationshipTypes() YIELD relationshipType AS t RETURN count(t) AS n",
        // YIELD * is for a CALL that is the whole statement (Neo4j refuses it inside a query).
        "CALL db.propertyKeys() YIELD *",
        "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
        "CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName WHERE 'Agreement' IN nodeLabels RETURN propertyName ORDER BY propertyName",
        "CALL db.schema.relTypeProperties() YIELD relType, propertyName RETURN relType, propertyName",
        "CALL dbms.components() YIELD name, edition RETURN name, edition",
        "CALL db.index.fulltext.queryNodes('state_names', 'state') YIELD node, score RETURN node.id, score > 0 AS scored",
        "CALL db.index.fulltext.queryNodes",
        "CALL db.index.fulltext.queryNodes($indexName, 'state') YIELD node MATCH (node)<-[:PART_OF]-(m:Ministry) RETURN node.id, count(m) AS n",
        "MATCH (s:State) CALL db.index.fulltext.queryNodes('state_names', s.name) YIELD node WHERE node <> s RETURN s.id, count(node) AS others",
        "UNWIND ['State', 'Ministry', 'Nope'] AS wanted CALL db.labels() YIELD label WHERE label = wanted RETURN wanted, label",
        "MATCH (m:Ministry) WHERE m.n < 3 CALL apoc.util.validate(m.n > 5, 'too big %d', [m.n]) RETURN m.id",
        "MATCH (m:Ministry) WHERE m.n < 3 CALL (m) { CALL db.labels() YIELD label WHERE label <> 'Event' RETURN collect(label) AS labels } RETURN m.id, size(labels) AS n",
        // OPTIONAL CALL keeps the row with null fields when the call (after its WHERE) gives none.
        "UNWIND ['State', 'Nope'] AS wanted OPTIONAL CALL db.labels() YIELD label WHERE label = wanted RETURN wanted, label",
        "MATCH (s:State) OPTIONAL CALL db.index.fulltext.queryNodes('state_names', s.id) YIELD node RETURN s.id, node",
        "CALL db.labels() YIELD label RETURN label AS x UNION CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS x",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Planned_procedure_calls_answer_as_the_interpreter(string query)
    {
        Assert.DoesNotContain("runtime=interpreted", (string?)_planned.Run("EXPLAIN " + query, Parameters).Records[0]["Details"]);
        Assert.Contains("ProcedureCall", _planned.Run("EXPLAIN " + query, Parameters).Records.Select(r => (string?)r["Operator"]));
        var expected = _interpreted.Run(query, Parameters);
        var actual = _planned.Run(query, Parameters);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.NotEmpty(expected.Records);
        var sorted = !query.Contains("ORDER BY", StringComparison.Ordinal);
        Assert.Equal(Rows(expected, sorted), Rows(actual, sorted));
    }

    public static TheoryData<string> Failing => new()
    {
        "MATCH (m:Ministry) CALL apoc.util.validate(m.n > 5, 'too big %d', [m.n]) RETURN m.id",
        "CALL db.index.fulltext.queryNodes('state_names', 3) YIELD node RETURN node",
        "CALL db.index.fulltext.queryNodes('state_names') YIELD node RETURN node",
        "CALL db.index.fulltext.queryNodes",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Planned_procedure_calls_fail_as_the_interpreter(string query)
    {
        var expected = Assert.ThrowsAny<GraphException>(() => _interpreted.Run(query));
        var actual = Assert.ThrowsAny<GraphException>(() => _planned.Run(query));
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void Optional_call_keeps_the_row_with_null_fields()
    {
        var rows = _planned.Run("UNWIND ['State', 'Nope'] AS wanted OPTIONAL CALL db.labels() YIELD label WHERE label = wanted RETURN wanted, label ORDER BY wanted").Records;
        Assert.Equal(["'Nope' | null", "'State' | 'State'"], rows.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))));
    }

    [Fact]
    public void A_yield_filter_sits_on_the_procedure_call()
    {
        const string query = "MATCH (s:State {id: 's1'}) CALL db.index.fulltext.queryNodes('state_names', s.name) YIELD node AS hit, score WHERE hit <> s RETURN hit.id ORDER BY score DESC LIMIT 3";
        Snapshot.Match(PlanTree.Of(_planned, query), SnapshotNameExtension.Create("fulltext-yield-where"));
    }

    private static List<string> Rows(Graph.Core.Store.QueryResult result, bool sorted)
    {
        var rows = result.Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).ToList();
        if (sorted) rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
