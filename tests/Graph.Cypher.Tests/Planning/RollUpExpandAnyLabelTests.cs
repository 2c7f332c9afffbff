using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down the collected one-hop subquery whose far end is a label disjunction (the GraphQL translator's interface
// fields, `(p:State|Ministry|Organization)` with `__typename: CASE WHEN p:State THEN 'State' … END`): it is planned as
// a RollUpExpand at every level (no Apply left), and answers exactly as the interpreter does, also with a label that
// does not exist, a repeated label, a CASE the columns cannot build (ELSE, another variable) and head(collect(…)).
public sealed class RollUpExpandAnyLabelTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Fused => new()
    {
        "MATCH (a:Agreement) CALL (a) { MATCH (a)-[]-(x:Ministry|Event) RETURN collect(x { __typename: CASE WHEN x:Ministry THEN 'Ministry' WHEN x:Event THEN 'Event' END, .id }) AS xs } RETURN a.id, xs",
        "MATCH (a:Agreement) CALL (a) { MATCH (a)<-[:PARTY_TO]-(x:Ministry|Missing) RETURN collect(x { __typename: CASE WHEN x:Missing THEN 'Missing' WHEN x:Ministry THEN 'Ministry' END, .n }) AS xs } RETURN a.id, xs",
        "MATCH (s:State) CALL (s) { MATCH (s)-[:TRADES_WITH|PART_OF]-(x:State|Ministry|State) RETURN collect(x.id) AS xs } RETURN s.id, xs",
        "MATCH (s:State) CALL (s) { MATCH (s)-[]-(x:Nothing|Missing) RETURN collect(x.id) AS xs } RETURN s.id, xs",
        "MATCH (a:Agreement) CALL (a) { MATCH (a)-[]-(x:Ministry|Event) RETURN collect(x { kind: CASE WHEN x:Event THEN 'E' ELSE 'other' END }) AS xs } RETURN a.id, xs",
        "MATCH (a:Agreement) CALL (a) { MATCH (a)-[]-(x:Ministry|Event) RETURN collect(x { kind: CASE WHEN a:Agreement THEN 'A' END, .id }) AS xs } RETURN a.id, xs",
        "MATCH (a:Agreement) CALL (a) { MATCH (a)-[]-(x:Ministry|Event) WHERE x.n > 10 RETURN head(collect(x { .id })) AS first } RETURN a.id, first",
        """
        CALL () {
          MATCH (m:Ministry) WITH m LIMIT 10
          CALL (m) {
            MATCH (m)-[:PARTY_TO]->(a:Agreement)
            CALL (a) {
              MATCH (a)<-[:PARTY_TO|SIGNED_AT]-(p:State|Ministry|Event)
              CALL (p) { MATCH (p)-[:PART_OF]->(s:State) RETURN head(collect(s { __typename: 'State', .id })) AS state }
              RETURN collect(p { __typename: CASE WHEN p:State THEN 'State' WHEN p:Ministry THEN 'Ministry' WHEN p:Event THEN 'Event' END, .id, state: state }) AS parties
            }
            RETURN collect(a { __typename: 'Agreement', .id, .date, parties: parties }) AS agreements
          }
          RETURN collect(m { __typename: 'Ministry', .id, agreements: agreements }) AS ministries
        }
        RETURN ministries
        """,
    };

    [Theory]
    [MemberData(nameof(Fused))]
    public void A_label_disjunction_at_the_far_end_is_a_roll_up_expand_with_the_interpreters_answers(string query)
    {
        var expected = Rows("CYPHER runtime=interpreted " + query);

        Assert.Equal(expected, Rows(query));
        var operators = _db.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]).ToList();
        Assert.Contains("RollUpExpand(All)", operators);
        Assert.DoesNotContain("Apply", operators);
        Assert.DoesNotContain("RollUpApply", operators);
    }

    [Fact]
    public void The_plan_shows_the_disjunction()
    {
        const string query = "MATCH (a:Agreement) CALL (a) { MATCH (a)-[]-(x:Ministry|Event) RETURN collect(x.id) AS xs } RETURN xs";

        var details = _db.Run("EXPLAIN " + query).Records.Where(r => (string?)r["Operator"] == "RollUpExpand(All)").Select(r => (string?)r["Details"]).Single();

        Assert.Contains("(x:Ministry|Event)", details);
    }

    private List<string> Rows(string query) =>
        _db.Run(query).Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).Order(StringComparer.Ordinal).ToList();
}
