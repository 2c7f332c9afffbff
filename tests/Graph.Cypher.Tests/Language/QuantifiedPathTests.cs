using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Quantified relationships and path selectors (Cypher manual, "Quantified path patterns", "Shortest paths"):
// the forms the engine answers through variable-length matching and shortest paths, and a named refusal for
// the rest.
public sealed class QuantifiedPathTests : IDisposable
{
    private readonly Db _db = new();

    // A chain 1 -> 2 -> 3 -> 4 and a shortcut 1 -> 3.
    public QuantifiedPathTests() =>
        _db.Run("CREATE (a:S {n: 1})-[:NEXT]->(b:S {n: 2})-[:NEXT]->(c:S {n: 3})-[:NEXT]->(:S {n: 4}), (a)-[:NEXT]->(c)");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Plus_means_one_or_more_hops() =>
        Assert.Equal([2L, 3L, 3L, 4L, 4L], _db.Column("MATCH (:S {n: 1})-[:NEXT]->+(b) RETURN b.n ORDER BY b.n"));

    [Fact]
    public void Star_includes_the_start_node() =>
        Assert.Equal([1L, 2L, 3L, 3L, 4L, 4L], _db.Column("MATCH (:S {n: 1})-[:NEXT]->*(b) RETURN b.n ORDER BY b.n"));

    [Fact]
    public void Braces_bound_the_hops_and_the_variable_is_a_list()
    {
        var rows = _db.Run("MATCH (:S {n: 1})-[r:NEXT]->{2}(b) RETURN b.n AS n, size(r) AS hops ORDER BY n").Records;
        Assert.Equal([3L, 4L], rows.Select(r => r["n"]));
        Assert.All(rows, r => Assert.Equal(2L, r["hops"]));
    }

    [Fact]
    public void An_upper_bound_alone_starts_at_zero() =>
        Assert.Equal([1L, 2L, 3L], _db.Column("MATCH (:S {n: 1})-[:NEXT]->{,1}(b) RETURN b.n ORDER BY b.n"));

    [Fact]
    public void A_parenthesized_one_hop_path_with_plain_nodes_is_quantified() =>
        Assert.Equal([3L, 4L], _db.Column("MATCH (:S {n: 1}) (()-[:NEXT]->()){2} (b) RETURN b.n ORDER BY b.n"));

    [Fact]
    public void Shortest_one_finds_the_shortcut() =>
        Assert.Equal([2L], _db.Column("MATCH p = SHORTEST 1 (:S {n: 1})-[:NEXT]->+(:S {n: 4}) RETURN length(p)"));

    [Fact]
    public void All_shortest_returns_every_path_of_the_least_length() =>
        Assert.Equal([1L], _db.Column("MATCH p = ALL SHORTEST (:S {n: 1})-[:NEXT]->+(:S {n: 3}) RETURN count(p)"));

    [Fact]
    public void Any_returns_one_path() =>
        Assert.Equal([1L], _db.Column("MATCH p = ANY (:S {n: 1})-[:NEXT]->+(:S {n: 4}) RETURN count(p)"));

    [Fact]
    public void All_paths_is_the_default_selector() =>
        Assert.Equal([2L], _db.Column("MATCH p = ALL PATHS (:S {n: 1})-[:NEXT]->+(:S {n: 4}) RETURN count(p)"));

    [Fact]
    public void A_lower_bound_above_the_upper_is_a_syntax_error() =>
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Throws<GraphException>(() => _db.Run("MATCH (a)-[:NEXT]->{3,1}(b) RETURN b")).Code);

    [Fact]
    public void A_parenthesized_path_pattern_is_the_pattern_it_encloses() =>
        Assert.Equal([2L, 3L, 3L, 4L], _db.Column("MATCH ((x:S)-[:NEXT]->(y)) RETURN y.n ORDER BY y.n"));

    [Fact]
    public void A_where_inside_the_selector_parentheses_filters_the_candidates() =>
        Assert.Equal([3L], _db.Column("MATCH SHORTEST 1 (p = (:S {n: 1})-[:NEXT]->+(:S {n: 4}) WHERE length(p) > 2) RETURN length(p)"));
}
