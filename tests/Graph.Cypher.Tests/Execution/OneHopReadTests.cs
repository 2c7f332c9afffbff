using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

// Locks down the one-hop reads (pattern comprehensions and collected CALL subqueries from a bound node, planned as
// RollUpExpand(All)): every shape gives what the general walk gives, in the same order, including in a writer's
// own changes.
public sealed class OneHopReadTests : IDisposable
{
    private readonly Db _db = new();

    public OneHopReadTests()
    {
        _db.Run("""
            CREATE (m1:M {name: 'm1'}), (m2:M {name: 'm2'}), (m3:M {name: 'm3'}),
                   (a1:A:X {name: 'a1'}), (a2:A {name: 'a2'}), (a3:A), (b1:B {name: 'b1'}),
                   (m1)-[:P {w: 1}]->(a1), (m1)-[:P {w: 2}]->(a2), (m1)-[:Q]->(b1), (m1)-[:P]->(b1),
                   (a1)-[:P]->(m1), (m2)-[:P]->(a3), (m1)-[:S]->(m1), (m3)-[:Q]->(a2)
            """);
    }

    public void Dispose() => _db.Dispose();

    // Lists compare by content once written out.
    private static string Show(params object?[] values) => System.Text.Json.JsonSerializer.Serialize(values);

    // A path variable keeps a comprehension on the general walk: the reference answer.
    [Theory]
    [InlineData("(m)-[:P]->(a:A) | a.name")]
    [InlineData("(m)<-[:P]-(a) | a.name")]
    [InlineData("(m)-[:P|Q]-(a) | a.name")]
    [InlineData("(m)-[:S]-(a) | a.name")]
    [InlineData("(m)-->(a:A:X) | a.name")]
    [InlineData("(m)-->(a:A&X) | a.name")]
    [InlineData("(m)-[:P]->(a:Nope) | a.name")]
    [InlineData("(m)-[:Nope]->(a) | a.name")]
    [InlineData("(m)-[r:P]->(a) WHERE r.w > 1 | a.name")]
    [InlineData("(m)-[:P]->(a:A|B) | a.name")]
    [InlineData("(m)-[:P]->(a:!X) | a.name")]
    [InlineData("(a:A)<-[:P]-(m) | a.name")]
    [InlineData("(m)-[:P]->(a) | a.nokey")]
    [InlineData("(m)-[:P]->(a) | a {.name}")]
    [InlineData("(m)-[:P]->(a:A) | a {__typename: 'A', .name, .nokey}")]
    [InlineData("(m)-[:P]->(a) | a {.name, kind: 'x', name: 'again', .name}")]
    [InlineData("(m)-[:P]->(a) | a {.name, size: size(a.name)}")]
    [InlineData("(m)-[:P]->(a) | a {.name, m}")]
    [InlineData("(m)-[r:P]->(a) | a {.name, r, start: m, w: r.w}")]
    [InlineData("(m)-[r:P]->(a:A) | a {kind: 'a', r, .name, start: m}")]
    [InlineData("(m)-[r]-(a) | [type(r), a.name]")]
    [InlineData("(m)-[:P]->() | 1")]
    [InlineData("(m)-[:P]->(a) WHERE a.name STARTS WITH 'a' | a.name")]
    public void A_one_hop_comprehension_matches_the_general_walk(string body)
    {
        var fast = _db.Run($"MATCH (m:M) RETURN m.name AS m, [{body}] AS v ORDER BY m").Records.Select(r => Show(r["m"], r["v"])).ToList();
        var general = _db.Run($"MATCH (m:M) RETURN m.name AS m, [p = {body}] AS v ORDER BY m").Records.Select(r => Show(r["m"], r["v"])).ToList();
        Assert.Equal(3, fast.Count);
        Assert.Equal(general, fast);
    }

    [Fact]
    public void A_one_hop_comprehension_reads_the_expected_values()
    {
        var rows = _db.Run("MATCH (m:M) RETURN m.name AS m, [(m)-[:P]->(a) | a.name] AS v ORDER BY m").Records;
        Assert.Equal(["a1", "a2", "b1"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[0]["v"]).Order());
        Assert.Equal([null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[1]["v"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[2]["v"]));
    }

    [Theory]
    [InlineData("MATCH (m)-[:P]->(a) RETURN collect(a.name) AS v")]
    [InlineData("MATCH (m)-[:P]->(a:A) WHERE a.name <> 'a2' RETURN collect(a {.name}) AS v")]
    [InlineData("MATCH (m)-[:P|Q]-(a) RETURN head(collect(a.name)) AS v")]
    [InlineData("MATCH (a)<-[r:P]-(m) RETURN collect(r.w) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) CALL (a) { MATCH (a)<-[:P]-(x) RETURN collect(x.name) AS xs } RETURN collect(a {.name, xs: xs}) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) WHERE a.name IS NOT NULL CALL (a) { MATCH (a)-[:P]-(x) RETURN head(collect(x.name)) AS x } CALL (a) { MATCH (a)<--(y) RETURN collect(y.name) AS ys } RETURN collect([a.name, x, ys]) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) CALL (a) { MATCH (a)<-[:P]-(x) RETURN collect(x) AS xs } RETURN collect(a {.name, xs}) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) CALL (a) { MATCH (a)<-[:P]-(x) RETURN collect(x {__typename: 'M', .name}) AS xs } RETURN collect(a {__typename: 'A', .name, parties: xs, owner: m}) AS v")]
    [InlineData("MATCH (m)-[r:P]->(a) CALL (a) { MATCH (a)-[:P]-(x) RETURN head(collect(x {.name})) AS x } RETURN collect(a {.name, first: x, r}) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) CALL (a, m) { MATCH (a)<-[:P]-(x) WHERE x <> m RETURN collect(x.name) AS xs } RETURN collect(a {.name, xs}) AS v")]
    [InlineData("MATCH (m)-[:P]->(a) CALL (a) { MATCH (a)-[:P]-(x) RETURN collect(x.name) AS xs } CALL (a) { MATCH (a)<-[:P]-(x) RETURN collect(x.name) AS ys } RETURN collect(a {ys, .name, xs}) AS v")]
    public void A_collected_one_hop_subquery_matches_the_general_run(string body)
    {
        // MATCH p = … keeps the body on the general run.
        var general = body.Replace("MATCH ", "MATCH p = ", StringComparison.Ordinal);
        var fast = _db.Run($"MATCH (m:M) CALL (m) {{ {body} }} RETURN m.name AS m, v ORDER BY m").Records.Select(r => Show(r["m"], r["v"])).ToList();
        var reference = _db.Run($"MATCH (m:M) CALL (m) {{ {general} }} RETURN m.name AS m, v ORDER BY m").Records.Select(r => Show(r["m"], r["v"])).ToList();
        Assert.Equal(3, fast.Count);
        Assert.Equal(reference, fast);
    }

    [Fact]
    public void Collect_drops_nulls_and_head_of_nothing_is_null()
    {
        var rows = _db.Run("""
            MATCH (m:M) CALL (m) { MATCH (m)-[:P]->(a) RETURN collect(a.name) AS names }
            CALL (m) { MATCH (m)-[:P]->(a:A) RETURN head(collect(a.name)) AS first }
            RETURN m.name AS m, names, first ORDER BY m
            """).Records;
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[1]["names"]));
        Assert.Null(rows[1]["first"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[2]["names"]));
        Assert.Equal(3, Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows[0]["names"]).Count);
    }

    [Fact]
    public void Maps_read_in_one_pass_are_plain_dictionaries_whose_lists_belong_to_the_caller()
    {
        _db.Run("MATCH (a:A {name: 'a1'}) SET a.tags = ['x', 'y']");
        const string Query = "MATCH (m:M {name: 'm1'}) RETURN [(m)-[:P]->(a:X) | a {__typename: 'A', .tags}] AS v";
        var map = Assert.IsType<Dictionary<string, object?>>(Assert.IsAssignableFrom<IReadOnlyList<object?>>(_db.Scalar(Query)).Single(), exactMatch: false);
        Assert.Equal(["__typename", "tags"], map.Keys);
        var tags = Assert.IsType<List<object?>>(map["tags"], exactMatch: false);
        tags.Add("changed by the caller");
        map["tags"] = null;
        var again = (Dictionary<string, object?>)((IReadOnlyList<object?>)_db.Scalar(Query)!).Single()!;
        Assert.Equal(["x", "y"], Assert.IsType<List<object?>>(again["tags"], exactMatch: false));
    }

    [Fact]
    public void Values_shared_within_a_read_are_not_kept_across_a_write_in_one_statement()
    {
        // :B has one node (a small label): a read statement shares its values, a writing one must see its own SET.
        var row = _db.Run("""
            MATCH (m:M {name: 'm1'})
            WITH m, [(m)-[:Q]->(b:B) | b.name] AS before
            MATCH (b:B) SET b.name = 'renamed'
            WITH m, before
            RETURN before, [(m)-[:Q]->(b:B) | b.name] AS after, [(m)-[:Q]->(b:B) | b {.name}] AS maps
            """).Records.Single();
        Assert.Equal(["b1"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["before"]));
        Assert.Equal(["renamed"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["after"]));
        Assert.Equal("renamed", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["maps"]).Single())["name"]);
        var read = _db.Run("MATCH (m:M) RETURN m.name AS m, [(m)-[:Q|P]->(b:B) | b.name] AS names ORDER BY m", mode: AccessMode.Read).Records;
        Assert.Equal(["renamed", "renamed"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(read[0]["names"]));
    }

    [Fact]
    public void A_null_start_from_an_optional_match_gives_an_empty_list()
    {
        var rows = _db.Run("""
            OPTIONAL MATCH (n:Nobody) WITH n
            CALL (n) { MATCH (n)-[:P]->(a) RETURN collect(a.name) AS names }
            RETURN [(n)-[:P]->(a) | a.name] AS listed, names
            """).Records;
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows.Single()["listed"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(rows.Single()["names"]));
    }

    [Fact]
    public void In_a_writer_both_paths_see_the_statement_s_own_changes()
    {
        var row = _db.Run("""
            MATCH (m:M {name: 'm1'}), (a:A {name: 'a2'})
            CREATE (m)-[:P]->(:Fresh {name: 'f'})
            SET a:Fresh
            WITH m
            RETURN [(m)-[:P]->(x:Fresh) | x.name] AS fast, [p = (m)-[:P]->(x:Fresh) | x.name] AS general
            """).Records.Single();
        Assert.Equal(["a2", "f"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["fast"]).Order());
        Assert.Equal(Show(row["general"]), Show(row["fast"]));
    }

    [Fact]
    public void Nodes_deleted_by_the_statement_are_skipped_by_both_paths()
    {
        var row = _db.Run("""
            MATCH (m:M {name: 'm1'})-[:P]->(a:A {name: 'a2'})
            DETACH DELETE a
            WITH m
            RETURN [(m)-[:P]->(x) | x.name] AS fast, [p = (m)-[:P]->(x) | x.name] AS general
            """).Records.Single();
        Assert.Equal(["a1", "b1"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["fast"]).Order());
        Assert.Equal(Show(row["general"]), Show(row["fast"]));
    }

    [Fact]
    public void Profile_runs_the_subquery_as_written_and_counts_its_reads()
    {
        const string Body = "MATCH (m)-[:P]->(a) RETURN collect(a.name) AS v";
        // The interpreter runs the body as written (the planned runtime makes this statement a RollUpExpand).
        var plan = _db.Run($"CYPHER runtime=interpreted PROFILE MATCH (m:M) CALL (m) {{ {Body} }} RETURN count(*) AS c", mode: AccessMode.Read).Records;
        var apply = plan.First(r => (string?)r["Operator"] == "Apply");
        Assert.Equal(3L, apply["Rows"]);
        var general = _db.Run($"CYPHER runtime=interpreted PROFILE MATCH (m:M) CALL (m) {{ {Body.Replace("MATCH ", "MATCH p = ", StringComparison.Ordinal)} }} RETURN count(*) AS c", mode: AccessMode.Read).Records;
        Assert.Equal(general.Sum(r => (long)r["DB Hits"]!), plan.Sum(r => (long)r["DB Hits"]!));
        Assert.True(plan.Sum(r => (long)r["DB Hits"]!) > 0);
    }
}
