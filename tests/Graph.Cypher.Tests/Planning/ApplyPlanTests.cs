using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down how subqueries and pattern expressions are planned (EXPLAIN prints the tree that runs): the GraphQL
// translator's nested collect and one-hop pattern comprehensions are RollUpExpand(All), other pattern
// comprehensions RollUpApply, EXISTS in WHERE a SemiApply and NOT EXISTS an AntiSemiApply — never the interpreter.
public sealed class ApplyPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private List<string?> Operators(string query) => _db.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]).ToList();

    [Fact]
    public void The_GraphQL_nested_collect_is_a_roll_up_expand_per_level()
    {
        // What the translator writes for { ministries { name agreements { name parties { name } } } }: each nested
        // list field is one RollUpExpand(All), the inner one over an Argument holding the far end it starts from.
        const string query = """
            CALL () {
                MATCH (this0:Ministry)
                WITH this0 LIMIT $param0
                CALL (this0) {
                    MATCH (this0)-[:PARTY_TO]->(this1:Agreement)
                    CALL (this1) {
                        MATCH (this1)<-[:PARTY_TO]-(this2:Ministry)
                        RETURN collect(this2 { __typename: 'Ministry', .id }) AS var3
                    }
                    RETURN collect(this1 { __typename: 'Agreement', .id, .date, parties: var3 }) AS var4
                }
                RETURN collect(this0 { __typename: 'Ministry', .id, agreements: var4 }) AS var5
            }
            RETURN var5 AS ministries
            """;
        var ops = Operators(query);
        Assert.Equal(2, ops.Count(o => o == "RollUpExpand(All)"));
        Assert.DoesNotContain("Apply", ops);
        Assert.DoesNotContain("Expand(All)", ops);
        var plan = PlanTree.Of(_db, query);
        Assert.DoesNotContain("runtime=interpreted", plan, StringComparison.Ordinal);
        Snapshot.Match(plan, SnapshotNameExtension.Create("graphql-nested-collect"));

        var parameters = new Dictionary<string, object?> { ["param0"] = 3L };
        var ministries = (IReadOnlyList<object?>)_db.Scalar(query, parameters)!;
        Assert.Equal(3, ministries.Count);
        using var interpreted = PlanningGraph.Create(interpretedOnly: true);
        Assert.Equal(PlanningGraph.Text(interpreted.Scalar(query, parameters)), PlanningGraph.Text(ministries));
    }

    [Fact]
    public void The_nested_collect_is_planned_without_a_runtime_option_and_agrees_with_the_interpreter()
    {
        const string query = """
            CALL () {
                MATCH (this0:Ministry)
                WITH this0 LIMIT $param0
                CALL (this0) {
                    MATCH (this0)-[:PARTY_TO]->(this1:Agreement)
                    RETURN collect(this1 { .id }) AS var4
                }
                RETURN collect(this0 { .id, agreements: var4 }) AS var5
            }
            RETURN var5 AS ministries
            """;
        var root = _db.Run("EXPLAIN " + query).Records[0];

        Assert.Equal("`ministries`", root["Details"]);
        var parameters = new Dictionary<string, object?> { ["param0"] = 20L };
        using var interpreted = PlanningGraph.Create(interpretedOnly: true);
        var expected = PlanningGraph.Text(interpreted.Scalar(query, parameters));
        Assert.Contains("agreements", expected, StringComparison.Ordinal);
        Assert.Equal(expected, PlanningGraph.Text(_db.Scalar(query, parameters)));
    }

    [Fact]
    public void Profile_counts_a_nested_level_once_per_far_end_of_the_level_above()
    {
        const string query = """
            MATCH (m:Ministry)
            CALL (m) {
                MATCH (m)-[:PARTY_TO]->(a:Agreement)
                CALL (a) { MATCH (a)-[:SIGNED_AT]->(e:Event) RETURN collect(e { .id }) AS events }
                RETURN collect(a { .id, events: events }) AS agreements
            }
            RETURN m.id, agreements
            """;
        var pairs = (long)_db.Scalar("MATCH (:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN count(*)")!;
        Assert.True(pairs > 0);
        var profile = _db.Run("PROFILE " + query).Records;
        var levels = profile.Where(r => (string?)r["Operator"] == "RollUpExpand(All)").ToList();

        Assert.Equal(2, levels.Count);
        Assert.Equal(20L, levels[0]["Rows"]);
        Assert.Equal(pairs, levels[1]["Rows"]);
        Assert.Equal(pairs, profile.Single(r => (string?)r["Operator"] == "Argument")["Rows"]);
        Assert.All(levels, l => Assert.True((long)l["DB Hits"]! > 0));
    }

    [Fact]
    public void A_one_hop_pattern_comprehension_is_a_roll_up_expand()
    {
        const string query = "MATCH (m:Ministry) RETURN m { .id, agreements: [(m)-[:PARTY_TO]->(a:Agreement) | a.id] } AS m";
        var ops = Operators(query);
        Assert.Contains("RollUpExpand(All)", ops);
        Assert.DoesNotContain("RollUpApply", ops);
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("pattern-comprehension"));
    }

    [Theory]
    [InlineData("MATCH (m:Ministry) WHERE exists { (m)-[:PART_OF]->(:State) } RETURN m.id", "SemiApply")]
    [InlineData("MATCH (m:Ministry) WHERE (m)-[:PART_OF]->() RETURN m.id", "SemiApply")]
    [InlineData("MATCH (m:Ministry) WHERE NOT exists { MATCH (m)-[:PARTY_TO]->(a) WHERE a.n > 50 } RETURN m.id", "AntiSemiApply")]
    [InlineData("MATCH (m:Ministry) RETURN exists { (m)-[:PART_OF]->() } AS x", "LetSemiApply")]
    [InlineData("MATCH (m:Ministry) RETURN COLLECT { MATCH (m)-[:PARTY_TO]->(a) RETURN a.id } AS x", "RollUpApply")]
    public void Existence_and_collection_pick_their_apply(string query, string op)
    {
        var ops = Operators(query);
        Assert.Contains(op, ops);
        Assert.Equal(1, ops.Count(o => o!.EndsWith("Apply", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_exists_conjunct_filters_after_the_cheap_ones()
    {
        const string query = "MATCH (m:Ministry) WHERE m.n > 15 AND NOT exists { (m)-[:PARTY_TO]->(:Agreement {kind: 'Protocol'}) } RETURN m.id";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("anti-semi-apply"));
        using var interpreted = PlanningGraph.Create(interpretedOnly: true);
        var expected = interpreted.Run(query).Records.Select(r => (string?)r["m.id"]).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, _db.Run(query).Records.Select(r => (string?)r["m.id"]).Order().ToList());
    }

    [Fact]
    public void A_subquery_body_with_WITH_is_planned_under_its_apply_with_the_outer_variables_carried()
    {
        const string query = "MATCH (m:Ministry) WHERE m.n < 4 RETURN m.id, COLLECT { MATCH (m)-[:PARTY_TO]->(a) WITH a ORDER BY a.n DESC LIMIT 2 RETURN a.id + m.id } AS top";
        Snapshot.Match(PlanTree.Of(_db, query), SnapshotNameExtension.Create("collect-with"));
        Assert.Contains("RollUpApply", Operators(query));
        // m1 is party to the agreements whose n is 2 mod 9: the two largest, each with the outer m read after the WITH.
        Assert.Equal(["a56m1", "a47m1"], (IEnumerable<object?>)_db.Run(query).Records.Single(r => (string?)r[0] == "m1")[1]!);
    }
}
