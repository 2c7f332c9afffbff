using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;
using Record = Graph.Core.Store.Record;

namespace Graph.Cypher.Tests.Planning;

// Locks down quantified path patterns and path selectors as planned operators: Repeat(Trail) walks a quantified part
// from its planned start, StatefulShortestPath(Into) selects between two planned ends, shortestPath() with a WHERE
// on its path searches with it; the MATCH's WHERE filters above the selection. Each query is answered alike by the
// planned runtime and the interpreter, and a trail count is checked against a plain depth-first walk in this file.
public sealed class PathSearchPlanTests : IDisposable
{
    private readonly Db _planned = PlanningGraph.Create();
    private readonly Db _interpreted = PlanningGraph.Create(interpretedOnly: true);

    public void Dispose()
    {
        _planned.Dispose();
        _interpreted.Dispose();
    }

    public static TheoryData<string, string> Queries => new()
    {
        // Quantified path patterns: group lists, inner WHERE, relationship predicates, labels inside, named paths.
        { "MATCH (s:State {id: 's1'}) ((a)-[:TRADES_WITH]->(b)){1,3} (t) RETURN t.id, size(a), [x IN b | x.id]", "Repeat(Trail)" },
        { "MATCH (m:Ministry {id: 'm3'}) ((x)-[:PARTY_TO|PART_OF]-(y) WHERE y.n IS NULL OR y.n < 40){1,2} (z) RETURN z.id, [v IN y | v.id]", "Repeat(Trail)" },
        { "MATCH (s:State) (()-[t:TRADES_WITH WHERE t.year = 2020]->()){2} (x:State) RETURN s.id, x.id", "Repeat(Trail)" },
        { "MATCH (s:State)-[:TRADES_WITH]->+(x:State) WHERE x.id <> s.id RETURN s.id, x.id", "ShortestPath|Repeat(Trail)|VarLengthExpand(All)" },
        { "MATCH p = (a:Agreement {id: 'a9'}) (()-[:SIGNED_AT|PARTY_TO]-(:!State)){1,2} (x) RETURN length(p), x.id, [n IN nodes(p) | n.id]", "Repeat(Trail)" },
        { "MATCH (e:Event {id: 'e10'}) ((x)<-[:SIGNED_AT]-(a:Agreement)){1} (y) RETURN [v IN a | v.id], y.id", "Repeat(Trail)" },
        // The walk never takes a relationship the rest of the MATCH bound.
        { "MATCH (m:Ministry {id: 'm2'})-[r:PARTY_TO]->(a), (a) ((p)-[:PARTY_TO]-(q)){1,2} (x) RETURN a.id, x.id, size(p)", "Repeat(Trail)" },
        // A far end bound by the rest of the pattern: the walk runs into it.
        { "MATCH (s:State {id: 's1'}) ((a)-[:TRADES_WITH]-(b)){2,3} (t:State), (t)<-[:PART_OF]-(m:Ministry) RETURN t.id, m.id, size(a)", "Repeat(Trail)" },
        { "MATCH (s:State {id: 's2'}) OPTIONAL MATCH (s) ((a)-[:TRADES_WITH {year: 2021}]->(b))+ (t) RETURN s.id, t.id", "Repeat(Trail)" },
        // Searched parts under EXISTS, CALL, after WITH (a walk back to a bound node), RETURN *, a group opening the pattern.
        { "MATCH (s:State) WHERE EXISTS { MATCH (s) ((a)-[:TRADES_WITH]->(b)){3} (t) WHERE t <> s } RETURN s.id", "Repeat(Trail)" },
        { "MATCH (s:State) CALL (s) { MATCH p = SHORTEST 2 (s)-[:TRADES_WITH]-+(x:State {id: 's3'}) RETURN length(p) AS n } RETURN s.id, n", "StatefulShortestPath(Into)" },
        { "MATCH (s:State) WITH s ORDER BY s.id LIMIT 2 MATCH (s) ((a)-[:TRADES_WITH]->(b))+ (s) RETURN s.id, size(a)", "Repeat(Trail)" },
        { "MATCH (s:State {id: 's1'}) ((a)-[:TRADES_WITH]->(b)){1,2} (t) RETURN *", "Repeat(Trail)" },
        { "MATCH ((a:State)-[:TRADES_WITH]->(b:State)){2} RETURN count(*)", "Repeat(Trail)" },
        // Selectors: k paths, k groups, ALL SHORTEST, ANY, a parenthesized WHERE (pre-filter), the MATCH WHERE after.
        { "MATCH p = SHORTEST 2 (a:State {id: 's1'})-[:TRADES_WITH]-+(b:State) RETURN b.id, length(p)", "StatefulShortestPath(Into)" },
        { "MATCH p = SHORTEST 2 GROUPS (a:Ministry {id: 'm1'})-[*]-(b:Event) RETURN b.id, length(p), count(*)", "StatefulShortestPath(Into)" },
        { "MATCH p = ALL SHORTEST (a:Ministry {id: 'm1'}) ((x)-[:PARTY_TO|SIGNED_AT]-(y))+ (b:Event) RETURN b.id, length(p), count(*)", "StatefulShortestPath(Into)" },
        { "MATCH p = ANY 2 (a:State {id: 's1'}) (()-[:TRADES_WITH]-())+ (b:State {id: 's3'}) RETURN length(p)", "StatefulShortestPath(Into)" },
        { "MATCH SHORTEST 1 (p = (a:Ministry {id: 'm1'})-[*]-(b:Event) WHERE length(p) % 2 = 1) RETURN b.id, length(p)", "StatefulShortestPath(Into)" },
        { "MATCH p = SHORTEST 1 (a:Ministry {id: 'm1'})-[*]-(b:Event) WHERE length(p) > 3 RETURN b.id, length(p)", "ShortestPath" },
        { "MATCH p = SHORTEST 3 (a:Ministry {id: 'm1'})-[*]-(b:Event) WHERE length(p) > 3 AND b.n < 10 RETURN b.id, length(p)", "StatefulShortestPath(Into)" },
        // shortestPath() with a WHERE on its path: the search applies it.
        { "MATCH p = shortestPath((a:Ministry {id: 'm1'})-[*]-(b:Event {id: 'e5'})) WHERE length(p) > 2 RETURN length(p)", "ShortestPath" },
        { "MATCH p = shortestPath((a:Ministry {id: 'm1'})-[r*]-(b:Event)) WHERE none(x IN r WHERE type(x) = 'TRADES_WITH') RETURN b.id, length(p)", "ShortestPath" },
        { "MATCH p = allShortestPaths((a:Ministry {id: 'm1'})-[r*..5]-(b:Event {id: 'e5'})) WHERE all(x IN r WHERE type(x) <> 'TRADES_WITH') RETURN b.id, length(p), count(*)", "ShortestPath" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Planned_and_interpreted_answers_agree(string query, string operators)
    {
        var explain = _planned.Run("CYPHER runtime=slotted EXPLAIN " + query).Records;
        Assert.DoesNotContain("runtime=interpreted", (string?)explain[0]["Details"]);
        var names = explain.Select(r => (string?)r["Operator"]).ToList();
        Assert.Contains(names, n => operators.Split('|').Contains(n));
        var planned = _planned.Run("CYPHER runtime=slotted " + query);
        var interpreted = _interpreted.Run(query);
        Assert.Equal(interpreted.Columns, planned.Columns);
        Assert.Equal(Sorted(interpreted.Records), Sorted(planned.Records));
        Assert.NotEmpty(planned.Records);
    }

    private static List<string> Sorted(IEnumerable<Record> records) =>
        records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_write_after_a_quantified_match_sees_every_walk_once()
    {
        const string query = "MATCH (s:State {id: 's1'}) ((a)-[:TRADES_WITH]->(b)){1,2} (t) WITH DISTINCT t SET t.reached = true RETURN count(*) AS n";
        var planned = _planned.Run(query);
        var interpreted = _interpreted.Run(query);
        Assert.Equal(interpreted.Records.Single()["n"], planned.Records.Single()["n"]);
        Assert.Equal(interpreted.Counters.PropertiesSet, planned.Counters.PropertiesSet);
        Assert.True(planned.Counters.PropertiesSet > 0);
        Assert.Equal(
            _interpreted.Column("MATCH (s:State) WHERE s.reached RETURN s.id ORDER BY s.id"),
            _planned.Column("MATCH (s:State) WHERE s.reached RETURN s.id ORDER BY s.id"));
    }

    [Fact]
    public void Repeat_trail_finds_every_trail_a_plain_depth_first_walk_finds()
    {
        var edges = _planned.Run("MATCH (a:State)-[r:TRADES_WITH]->(b:State) RETURN a.id AS a, b.id AS b").Records
            .Select((r, i) => (From: (string)r["a"]!, To: (string)r["b"]!, Id: i)).ToList();
        var ends = new List<string>();
        Walk("s1", [], 0);
        var found = _planned.Run("MATCH (:State {id: 's1'}) ((a)-[:TRADES_WITH]->(b)){1,3} (t) RETURN t.id AS t").Records.Select(r => (string)r["t"]!);
        Assert.Equal(ends.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.True(ends.Count > 3, $"{ends.Count} trails");

        void Walk(string at, HashSet<int> used, int depth)
        {
            if (depth == 3) return;
            foreach (var e in edges.Where(e => e.From == at && !used.Contains(e.Id)))
            {
                ends.Add(e.To);
                used.Add(e.Id);
                Walk(e.To, used, depth + 1);
                used.Remove(e.Id);
            }
        }
    }

    [Fact]
    public void Profile_counts_the_rows_the_search_produces()
    {
        const string query = "MATCH p = SHORTEST 2 GROUPS (a:Ministry {id: 'm1'})-[*]-(b:Event) RETURN b.id";
        var rows = _planned.Run(query).Records.Count;
        Assert.True(rows > 0);
        var profile = _planned.Run("PROFILE " + query).Records;
        Assert.Equal((long)rows, profile.Single(r => (string?)r["Operator"] == "StatefulShortestPath(Into)")["Rows"]);
        Assert.Equal((long)rows, profile.Single(r => (string?)r["Operator"] == "ProduceResults")["Rows"]);
    }

    // Repeat(Trail) from the seeked start; the selection between planned ends with the post-filter above it; the
    // pre-filter inside the selection; shortestPath() searching with its WHERE.
    [Theory]
    [InlineData("MATCH (m:Ministry {id: 'm3'}) ((x)-[:PARTY_TO]->(y:Agreement) WHERE y.n < 40){1,2} (z) WHERE size(x) = 2 RETURN z.id", "repeat-trail")]
    [InlineData("MATCH p = SHORTEST 2 GROUPS (a:Ministry {id: 'm1'})-[:PARTY_TO|SIGNED_AT]-+(b:Event {id: 'e5'}) WHERE length(p) > 2 RETURN p", "stateful-shortest-path")]
    [InlineData("MATCH SHORTEST 1 (p = (a:Ministry {id: 'm1'})-[*]-(b:Event) WHERE length(p) % 2 = 1) RETURN b.id", "pre-filter")]
    [InlineData("MATCH p = shortestPath((a:Ministry {id: 'm1'})-[*]-(b:Event {id: 'e5'})) WHERE length(p) > 2 RETURN p", "legacy-shortest-where")]
    public void Explain_shows_the_search_operator(string query, string name) =>
        Snapshot.Match(PlanTree.Of(_planned, query), SnapshotNameExtension.Create(name));

    [Fact]
    public void Two_quantified_parts_of_one_match_stay_with_the_interpreter_by_name()
    {
        var details = _planned.Run("EXPLAIN MATCH (a:State {id: 's1'}) ((v)-[:TRADES_WITH]->(w))+ (b), (b) ((x)-[:TRADES_WITH]->(y))+ (c) RETURN c").Records
            .Select(r => (string?)r["Details"]).ToList();
        Assert.Contains(details, d => d?.Contains("QuantifiedPath", StringComparison.Ordinal) == true);
    }
}
