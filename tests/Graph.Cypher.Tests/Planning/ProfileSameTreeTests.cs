using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down that PROFILE runs the tree EXPLAIN prints and the statement runs: same operators, the root's rows
// the rows a plain run returns, writes counted alike, and each operator's own time reported.
public sealed class ProfileSameTreeTests
{
    public static TheoryData<string> Queries => new()
    {
        "MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.id, count(a)",
        "MATCH (a:Agreement) WHERE a.date >= date('2023-01-03') RETURN a.id ORDER BY a.date, a.id LIMIT 4",
        "MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN count(*)",
        "MATCH (m:Ministry) WHERE m.n > 10 SET m.late = true RETURN m.id",
        "MATCH (a:Agreement) WHERE a.n > 50 CREATE (a)-[:COPY]->(:Copy {n: a.n})",
        "MATCH (a:Agreement) CREATE (:Agreement {id: 'c' + a.id})",
        "MATCH (e:Event) WHERE e.n > 25 DETACH DELETE e",
        "UNWIND range(1, 5) AS i MERGE (m:Ministry {n: i}) RETURN m.id",
        "MATCH (s:State)-[r:TRADES_WITH*1..3 {year: 2020}]-(x) RETURN s.id, size(r), x.id",
        "MATCH (s:State)-[:TRADES_WITH]-(t)-[:TRADES_WITH*1..2]-(u) RETURN count(*)",
        "MATCH (m:Ministry) CALL (m) { MATCH (m)-[:PARTY_TO]->(a:Agreement) CALL (a) { MATCH (a)-[:SIGNED_AT]->(e) RETURN collect(e.id) AS es } RETURN collect(a { .id, es }) AS xs } RETURN m.id, xs",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Profile_rows_and_counters_equal_a_plain_run_of_the_same_tree(string query)
    {
        using var plain = PlanningGraph.Create();
        using var profiled = PlanningGraph.Create();
        var explained = plain.Run("EXPLAIN " + query).Records.Select(r => r["Operator"]).ToList();
        var result = plain.Run(query);

        var profile = profiled.Run("PROFILE " + query);
        Assert.Equal(explained, profile.Records.Select(r => r["Operator"]));
        Assert.DoesNotContain("runtime=interpreted", (string?)profile.Records[0]["Details"]);
        Assert.Equal((long)result.Records.Count, profile.Records[0]["Rows"]);
        Assert.Equal(result.Counters, profile.Counters);
        Assert.All(profile.Records, r => Assert.True((double)r["Time (ms)"]! >= 0));
        // The graph both runs leave behind is the same.
        const string dump = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r), sum(n.n)";
        Assert.Equal(plain.Run(dump).Records.Single().Values, profiled.Run(dump).Records.Single().Values);
    }

    [Fact]
    public void A_write_operator_reports_one_row_per_row_it_wrote()
    {
        using var db = PlanningGraph.Create();
        var profile = db.Run("PROFILE MATCH (a:Agreement) WHERE a.n <= 7 CREATE (:Copy {n: a.n})");
        Assert.Equal(7, profile.Counters.NodesCreated);
        Assert.Equal(7L, profile.Records.Single(r => (string?)r["Operator"] == "Create")["Rows"]);
        Assert.Equal(0L, profile.Records[0]["Rows"]);
    }
}
