using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Quantified path patterns in full (Cypher manual 5.26, "Quantified path patterns", "Shortest paths"): several hops
// per iteration, inner variables as group lists, inner WHERE, {m,n} / + / *, a path variable over the group,
// predicates across iterations through the lists, and SHORTEST k / SHORTEST k GROUPS / ANY k per pair of ends.
public sealed class QuantifiedPathPatternTests : IDisposable
{
    private readonly Db _db = new();

    // A chain 1 -> 2 -> 3 -> 4 with distances 1, 2, 3 and a shortcut 1 -> 3 of distance 10.
    public QuantifiedPathPatternTests() =>
        _db.Run("CREATE (a:S {n: 1})-[:NEXT {d: 1}]->(b:S {n: 2})-[:NEXT {d: 2}]->(c:S {n: 3})-[:NEXT {d: 3}]->(:S {n: 4}), (a)-[:NEXT {d: 10}]->(c)");

    public void Dispose() => _db.Dispose();

    private List<string> Rows(string query) =>
        _db.Run(query).Records.Select(r => string.Join(" | ", r.Values.Select(Text))).Order(StringComparer.Ordinal).ToList();

    private static string Text(object? v) => v switch
    {
        null => "null",
        IReadOnlyList<object?> list => "[" + string.Join(",", list.Select(Text)) + "]",
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Fact]
    public void Inner_variables_become_lists_one_entry_per_iteration() =>
        Assert.Equal(
            ["[1,2] | [2,3] | 3", "[1,3] | [3,4] | 4", "[1] | [2] | 2", "[1] | [3] | 3"],
            Rows("MATCH (:S {n: 1}) ((x:S)-[:NEXT]->(y:S)){1,2} (b) RETURN [v IN x | v.n], [v IN y | v.n], b.n"));

    [Fact]
    public void An_iteration_may_take_several_hops() =>
        Assert.Equal(["3 | [1]", "4 | [1]"], Rows("MATCH (:S {n: 1}) ((x)-[:NEXT]->()-[:NEXT]->(y))+ (b) RETURN b.n, [v IN x | v.n]"));

    [Fact]
    public void The_inner_where_filters_every_iteration() =>
        Assert.Equal(["2", "3", "4"], Rows("MATCH (:S {n: 1}) ((x)-[r:NEXT]->(y) WHERE r.d < 5)+ (b) RETURN b.n"));

    [Fact]
    public void A_relationship_group_variable_lists_the_relationships_walked() =>
        Assert.Equal(["[1,2,3]", "[10,3]"], Rows("MATCH (:S {n: 1}) (()-[r:NEXT]->())+ (:S {n: 4}) RETURN [x IN r | x.d]"));

    [Fact]
    public void A_path_variable_spans_every_iteration() =>
        Assert.Equal(["2 | [1,3,4]", "3 | [1,2,3,4]"], Rows("MATCH p = (:S {n: 1}) ((x)-[:NEXT]->(y))+ (:S {n: 4}) RETURN length(p), [n IN nodes(p) | n.n]"));

    [Fact]
    public void Star_allows_no_iteration_and_then_both_ends_are_one_node() =>
        Assert.Equal(["4 | 0"], Rows("MATCH (:S {n: 4}) ((x)-[:NEXT]->(y))* (b) RETURN b.n, size(x)"));

    [Fact]
    public void Predicates_across_iterations_use_the_group_lists() =>
        Assert.Equal(["[1,2,3]"], Rows("MATCH (:S {n: 1}) (()-[r:NEXT]->())+ (:S {n: 4}) WHERE all(i IN range(0, size(r) - 2) WHERE r[i].d < r[i + 1].d) RETURN [x IN r | x.d]"));

    [Fact]
    public void Group_variables_are_lists_to_the_clauses_after() =>
        Assert.Equal(3L, _db.Scalar("MATCH (:S {n: 1}) ((x)-[:NEXT]->(y))+ (:S {n: 4}) WITH x ORDER BY size(x) DESC LIMIT 1 RETURN size(x)"));

    [Fact]
    public void Explain_shows_a_quantified_path_as_a_planned_repeat_trail()
    {
        var plan = _db.Run("EXPLAIN MATCH (:S {n: 1}) ((x)-[:NEXT]->(y))+ (b) RETURN b").Records;
        Assert.Contains(plan, r => (string?)r["Operator"] == "Repeat(Trail)");
        Assert.DoesNotContain(plan, r => ((string?)r["Details"])?.Contains("QuantifiedPath", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_quantified_path_pattern_may_be_the_whole_pattern() =>
        Assert.Equal(["[1,2] | [2,3]", "[2,3] | [3,4]"], Rows("MATCH ((x)-[r:NEXT WHERE r.d < 5]->(y)){2} RETURN [v IN x | v.n], [v IN y | v.n]"));

    [Fact]
    public void Two_quantified_path_patterns_may_follow_each_other() =>
        Assert.Equal(["[1] | [2]"], Rows("MATCH (:S {n: 1}) ((x)-[:NEXT {d: 1}]->())+ ((y)-[:NEXT {d: 2}]->())+ (:S {n: 3}) RETURN [v IN x | v.n], [v IN y | v.n]"));

    [Theory]
    [InlineData("MATCH (a) (()-[:NEXT]->{1,2}())+ (b) RETURN b")]
    [InlineData("MATCH (a) ((x)-[:NEXT]->(y) WHERE z.n > 1)+ (b) RETURN b")]
    public void Invalid_groups_are_refused_before_running(string query) =>
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Throws<GraphException>(() => _db.Run(query)).Code);
}

// SHORTEST k, SHORTEST k GROUPS and ANY k: per pair of end nodes, over trails (no relationship twice).
public sealed class ShortestKPathTests : IDisposable
{
    private readonly Db _db = new();

    // Undirected: 1-2-3-4 and 1-3, plus 1-5-4; from 1 to 4 the trails have lengths 2, 2, 3, 5, 5.
    public ShortestKPathTests() =>
        _db.Run("CREATE (a:S {n: 1})-[:R]->(b:S {n: 2})-[:R]->(c:S {n: 3})-[:R]->(d:S {n: 4}), (a)-[:R]->(c), (a)-[:R]->(:S {n: 5})-[:R]->(d)");

    public void Dispose() => _db.Dispose();

    private List<object?> Lengths(string selector) =>
        _db.Column($"MATCH p = {selector} (:S {{n: 1}})-[:R]-+(:S {{n: 4}}) RETURN length(p) AS l ORDER BY l").ToList();

    [Fact]
    public void All_trails_are_the_ground_truth() => Assert.Equal([2L, 2L, 3L, 5L, 5L], Lengths("ALL"));

    [Fact]
    public void Shortest_k_keeps_the_k_shortest() => Assert.Equal([2L, 2L, 3L], Lengths("SHORTEST 3"));

    [Fact]
    public void Shortest_k_groups_keeps_every_path_of_the_k_smallest_lengths()
    {
        Assert.Equal([2L, 2L], Lengths("SHORTEST 1 GROUPS"));
        Assert.Equal([2L, 2L, 3L], Lengths("SHORTEST 2 GROUPS"));
        Assert.Equal([2L, 2L, 3L, 5L, 5L], Lengths("SHORTEST 3 GROUPS"));
    }

    [Fact]
    public void Any_k_gives_k_paths() => Assert.Equal(2, Lengths("ANY 2").Count);

    [Fact]
    public void The_selection_is_per_pair_of_end_nodes() =>
        Assert.Equal(
            [2L, 4L, 5L],
            _db.Column("MATCH p = SHORTEST 1 (:S {n: 1})-[:R]-+(b:S) WHERE b.n > 1 RETURN b.n AS n ORDER BY n").Where(n => (long)n! is 2 or 4 or 5).ToList());

    [Fact]
    public void Shortest_k_works_over_a_quantified_path_pattern() =>
        Assert.Equal(
            [2L, 2L],
            _db.Column("MATCH p = SHORTEST 2 (:S {n: 1}) ((x)-[:R]-(y))+ (:S {n: 4}) RETURN length(p) AS l ORDER BY l").ToList());
}
