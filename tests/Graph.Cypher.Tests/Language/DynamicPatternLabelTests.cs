using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Dynamic labels and types in MATCH, CREATE and MERGE patterns (Cypher manual 5.26, "MATCH" / "CREATE" / "MERGE":
// "using dynamic node labels and relationship types"): $(e) and $all(e) need every name, $any(e) one of them, from a
// literal, a parameter or a value of the row; refused where Neo4j refuses them.
public sealed class DynamicPatternLabelTests : IDisposable
{
    private readonly Db _db = new();

    private static readonly string[] Setup = ["CREATE (a:PA:PB {id: 1})-[:PR {w: 1}]->(b:PA {id: 2})-[:PS]->(c:PC {id: 3}), (a)-[:PR]->(c), (:Bare {id: 4})"];

    public DynamicPatternLabelTests() => _db.Run(Setup[0]);

    public void Dispose() => _db.Dispose();

    private static readonly Dictionary<string, object?> Parameters = new()
    {
        ["label"] = "PA",
        ["labels"] = new List<object?> { "PA", "PB" },
        ["type"] = "PR",
    };

    [Theory]
    [InlineData("MATCH (n:$('PA')) RETURN count(n)", 2)]
    [InlineData("MATCH (n:$(['PA', 'PB'])) RETURN count(n)", 1)]
    [InlineData("MATCH (n:$all(['PA', 'PB'])) RETURN count(n)", 1)]
    [InlineData("MATCH (n:$any(['PA', 'PC'])) RETURN count(n)", 3)]
    [InlineData("MATCH (n:$([])) RETURN count(n)", 4)]
    [InlineData("MATCH (n:$any([])) RETURN count(n)", 0)]
    [InlineData("MATCH (n:$('PA')&!$('PB')) RETURN count(n)", 1)]
    [InlineData("MATCH (n:$('PA')|$('PC')) RETURN count(n)", 3)]
    [InlineData("MATCH (n:$($label)) RETURN count(n)", 2)]
    [InlineData("MATCH (n:$($labels)) RETURN count(n)", 1)]
    [InlineData("MATCH (n:$('PA') {id: 2}) RETURN count(n)", 1)]
    [InlineData("MATCH ()-[r:$($type)]->() RETURN count(r)", 2)]
    [InlineData("MATCH ()-[r:$any(['PR', 'PS'])]->() RETURN count(r)", 3)]
    [InlineData("MATCH ()-[r:$(['PR', 'PS'])]->() RETURN count(r)", 0)]
    [InlineData("MATCH ()-[r:$('PR')|PS]->() RETURN count(r)", 3)]
    [InlineData("MATCH (:PA {id: 1})-[:$('PR')*1..2]->(m) RETURN count(*)", 2)]
    [InlineData("MATCH (a:PA {id: 1}) RETURN COUNT { (a)-->(:$any(['PA', 'PC'])) }", 2)]
    [InlineData("MATCH (a:PA {id: 1}) RETURN size([(a)-[:$('PR')]->(m) | m.id])", 2)]
    [InlineData("WITH ['PA', 'PC'] AS l MATCH (n:$any(l)) RETURN count(n)", 3)]
    [InlineData("WITH 'PB' AS l MATCH (n:PA&!$(l)) RETURN count(n)", 1)]
    [InlineData("WITH 'P' + 'R' AS t MATCH ()-[r:$(t)]->() RETURN count(r)", 2)]
    [InlineData("UNWIND ['PA', 'PC'] AS l MATCH (n:$(l)) RETURN count(n)", 3)]
    [InlineData("UNWIND ['PA', 'PC'] AS l OPTIONAL MATCH (n:$(l) {id: 3}) RETURN count(n)", 1)]
    public void Match_finds_what_the_dynamic_names_describe(string statement, long expected) =>
        Assert.Equal(expected, _db.Run(statement, Parameters).Records.Single()[0]);

    [Fact]
    public void Explain_shows_the_planned_filter_that_tests_the_dynamic_labels()
    {
        var plan = _db.Run("EXPLAIN MATCH (n:$($label)) RETURN n", Parameters).Records;
        Assert.DoesNotContain("runtime=interpreted", (string?)plan[0]["Details"]);
        Assert.Contains(plan, r => (string?)r["Operator"] == "Filter" && (string?)r["Details"] == "n:$($label)");
    }

    [Theory]
    [InlineData("UNWIND ['PA', 'PC', 'PB'] AS l MATCH (n:$(l))-[r:$any(['PR', 'PS'])]-(m) RETURN l, n.id, type(r), m.id")]
    [InlineData("WITH 'PB' AS l MATCH (n:PA&!$(l)) RETURN n.id")]
    [InlineData("UNWIND [['PA'], ['PA', 'PB'], []] AS ls MATCH (n:$all(ls)) RETURN size(ls), count(n)")]
    [InlineData("MATCH (n:PA) SET n:$('Seen' + n.id) WITH n MATCH (m:$('Seen' + n.id)) RETURN n.id, count(m)")]
    [InlineData("UNWIND ['D1', 'D2'] AS l CREATE (x:$(l) {l: l}) WITH l MATCH (y:$(l)) RETURN l, count(y)")]
    [InlineData("MATCH (a:PA {id: 1}) MERGE (a)-[r:$('PZ')]->(b:$(['PQ', 'PA']) {id: 7}) RETURN type(r), labels(b)")]
    public void Planned_dynamic_labels_answer_as_the_interpreter(string statement)
    {
        using var interpreted = new Db(new EmbeddedGraphOptions { InterpretedOnly = true });
        foreach (var setup in Setup) interpreted.Run(setup);
        var expected = interpreted.Run(statement, Parameters);
        var actual = _db.Run(statement, Parameters);
        Assert.DoesNotContain("runtime=interpreted", (string?)_db.Run("EXPLAIN " + statement, Parameters).Records[0]["Details"]);
        Assert.Equal(expected.Records.Select(r => string.Join("|", r.Values.Select(v => v is IEnumerable<object?> l ? string.Join(",", l) : v))).Order(),
            actual.Records.Select(r => string.Join("|", r.Values.Select(v => v is IEnumerable<object?> l ? string.Join(",", l) : v))).Order());
        Assert.Equal(expected.Counters, actual.Counters);
    }

    [Theory]
    [InlineData("CREATE (n:$('DynA')) RETURN labels(n)", new[] { "DynA" })]
    [InlineData("CREATE (n:$(['C1', 'C2']) {k: 1}) RETURN labels(n)", new[] { "C1", "C2" })]
    [InlineData("CREATE (n:$all(['C1', 'C2'])) RETURN labels(n)", new[] { "C1", "C2" })]
    [InlineData("CREATE (n:$([])) RETURN labels(n)", new string[0])]
    [InlineData("CREATE (n:Fixed:$('A B')) RETURN labels(n)", new[] { "A B", "Fixed" })]
    [InlineData("CREATE (n:$($labels)) RETURN labels(n)", new[] { "PA", "PB" })]
    [InlineData("WITH ['W1', 'W2'] AS ls CREATE (n:$(ls)) RETURN labels(n)", new[] { "W1", "W2" })]
    [InlineData("MERGE (n:$('PA') {id: 2}) RETURN labels(n)", new[] { "PA" })]
    [InlineData("MERGE (n:$('NEWL') {id: 9}) ON CREATE SET n.c = true RETURN labels(n)", new[] { "NEWL" })]
    public void Create_and_merge_give_the_dynamic_labels(string statement, string[] labels)
    {
        var got = ((IReadOnlyList<object?>)_db.Run(statement, Parameters).Records.Single()[0]!).Cast<string>().Order(StringComparer.Ordinal);
        Assert.Equal(labels.Order(StringComparer.Ordinal), got);
    }

    [Theory]
    [InlineData("MATCH (a {id: 1}), (c {id: 3}) CREATE (a)-[r:$('NEW')]->(c) RETURN type(r)", "NEW")]
    [InlineData("MATCH (a {id: 1}), (c {id: 3}) CREATE (a)-[r:$(['NEW'])]->(c) RETURN type(r)", "NEW")]
    [InlineData("WITH 'NEWT' AS t MATCH (a {id: 1}), (c {id: 3}) CREATE (a)-[r:$(t)]->(c) RETURN type(r)", "NEWT")]
    [InlineData("MATCH (a {id: 1}), (c {id: 3}) MERGE (a)-[r:$('PR')]->(c) RETURN type(r)", "PR")]
    [InlineData("MATCH (a {id: 1}) MERGE (a)-[r:$('PT')]->(b:$('PQ') {id: 5}) RETURN type(r)", "PT")]
    public void Create_and_merge_give_the_dynamic_type(string statement, string type) =>
        Assert.Equal(type, _db.Run(statement).Records.Single()[0]);

    [Fact]
    public void Merge_matches_what_an_earlier_row_merged()
    {
        Assert.Equal(2L, _db.Scalar("UNWIND ['M1', 'M1', 'M2'] AS l MERGE (n:$(l) {k: 9}) RETURN count(DISTINCT n)"));
        var created = _db.Run("UNWIND ['L1', 'L2'] AS l CREATE (:$(l))");
        Assert.Equal(2, created.Counters.LabelsAdded);
    }

    [Theory]
    [InlineData("CREATE (n:$any(['X', 'Y'])) RETURN n")]
    [InlineData("MERGE (n:$any(['X']) {k: 1}) RETURN n")]
    [InlineData("MATCH (n:PA) WHERE n:$('PB') RETURN n")]
    [InlineData("MATCH (n:PA) RETURN n:$('PB') AS b")]
    [InlineData("MATCH (n:$(null)) RETURN n")]
    [InlineData("MATCH (n:$('')) RETURN n")]
    [InlineData("MATCH (n:$(1)) RETURN n")]
    [InlineData("CREATE (n:$(['A', null])) RETURN n")]
    [InlineData("MATCH (a {id: 1}), (c {id: 3}) CREATE (a)-[r:$([])]->(c) RETURN r")]
    [InlineData("MATCH (a {id: 1}), (c {id: 3}) MERGE (a)-[r:$(['A', 'B'])]->(c) RETURN r")]
    [InlineData("MATCH (n:$(m.x)), (m) RETURN n")]
    public void Refused_before_running(string statement)
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run(statement));
        Assert.Equal(ErrorCodes.SyntaxError, ex.Code);
        Assert.Equal(ErrorPhase.Compile, ex.Phase);
    }

    [Theory]
    [InlineData("WITH null AS l MATCH (n:$(l)) RETURN n", ErrorCodes.TypeError)]
    [InlineData("WITH [1] AS l MATCH (n:$(l)) RETURN n", ErrorCodes.TypeError)]
    [InlineData("WITH null AS l CREATE (n:$(l)) RETURN n", ErrorCodes.TypeError)]
    [InlineData("WITH '' AS l CREATE (n:$(l)) RETURN n", "Neo.ClientError.Schema.TokenNameError")]
    [InlineData("WITH ['A', 'B'] AS t MATCH (a {id: 1}), (c {id: 3}) CREATE (a)-[r:$(t)]->(c) RETURN r", "Neo.DatabaseError.Statement.ExecutionFailed")]
    [InlineData("MATCH (n:$($missing)) RETURN n", ErrorCodes.ParameterMissing)]
    public void Bad_values_fail_with_neo4js_code_and_change_nothing(string statement, string code)
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run(statement));
        Assert.Equal(code, ex.Code);
        Assert.Equal(4L, _db.Scalar("MATCH (n) RETURN count(n)"));
        Assert.Equal(3L, _db.Scalar("MATCH ()-[r]->() RETURN count(r)"));
    }
}
