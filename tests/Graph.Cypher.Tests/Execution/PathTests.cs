using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Cypher.Tests.Execution;

// Locks down variable-length patterns, relationship uniqueness along paths, shortestPath/allShortestPaths and the runaway timeout.
public sealed class PathTests : IDisposable
{
    private readonly Db _db = new();

    // A chain a->b->c->d plus a shortcut a->d.
    public PathTests() =>
        _db.Run("CREATE (a:N {id: 'a'})-[:T]->(b:N {id: 'b'})-[:T]->(c:N {id: 'c'})-[:T]->(d:N {id: 'd'}), (a)-[:T]->(d)");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Star_means_one_or_more_hops()
    {
        var ids = _db.Column("MATCH (:N {id: 'a'})-[:T*]->(x) RETURN x.id ORDER BY x.id");
        Assert.Equal(["b", "c", "d", "d"], ids);
    }

    [Fact]
    public void Exact_and_ranged_lengths()
    {
        Assert.Equal(["c"], _db.Column("MATCH (:N {id: 'a'})-[:T*2]->(x) RETURN x.id"));
        Assert.Equal(["a", "b", "c", "d"], _db.Column("MATCH (:N {id: 'a'})-[:T*0..2]->(x) RETURN x.id ORDER BY x.id"));
        Assert.Equal(["b", "d"], _db.Column("MATCH (:N {id: 'a'})-[:T*..1]->(x) RETURN x.id ORDER BY x.id"));
    }

    [Fact]
    public void Variable_length_relationship_variable_is_a_list()
    {
        var rels = Assert.IsAssignableFrom<IReadOnlyList<object?>>(_db.Scalar("MATCH (:N {id: 'a'})-[r:T*3]->(:N {id: 'd'}) RETURN r"));
        Assert.Equal(3, rels.Count);
        Assert.All(rels, r => Assert.IsType<Relationship>(r));
    }

    [Fact]
    public void Undirected_var_length_never_reuses_a_relationship()
    {
        // The graph is the cycle a-b-c-d-a. Trails from b, undirected: two per length 1..4 (each way round,
        // the length-4 ones coming back to b); nodes may repeat but no relationship is walked twice.
        Assert.Equal(8L, _db.Scalar("MATCH (:N {id: 'b'})-[:T*]-(x) RETURN count(*)"));
    }

    [Fact]
    public void Shortest_path_picks_the_shortcut()
    {
        var path = Assert.IsType<Graph.Core.Values.Path>(_db.Scalar("MATCH p = shortestPath((a:N {id: 'a'})-[:T*]->(d:N {id: 'd'})) RETURN p"));
        Assert.Equal(1, path.Length);
    }

    [Fact]
    public void All_shortest_paths_returns_every_path_of_minimal_length()
    {
        _db.Run("MATCH (a:N {id: 'a'}), (c:N {id: 'c'}) CREATE (a)-[:T]->(:N {id: 'e'})-[:T]->(c)");
        Assert.Equal(2L, _db.Scalar("MATCH p = allShortestPaths((a:N {id: 'a'})-[:T*]->(c:N {id: 'c'})) RETURN count(p)"));
    }

    [Fact]
    public void Shortest_path_with_predicate_on_path_finds_longer_path()
    {
        var length = _db.Scalar("""
            MATCH p = shortestPath((a:N {id: 'a'})-[:T*]->(d:N {id: 'd'}))
            WHERE all(n IN nodes(p) WHERE n.id <> 'x') AND length(p) > 1
            RETURN length(p)
            """);
        Assert.Equal(3L, length);
    }

    [Fact]
    public void Shortest_path_as_an_expression()
    {
        Assert.Equal(1L, _db.Scalar("MATCH (a:N {id: 'a'}), (d:N {id: 'd'}) RETURN length(shortestPath((a)-[:T*]->(d)))"));
    }

    [Fact]
    public void Pattern_predicate_in_where()
    {
        Assert.Equal(["a", "b", "c"], _db.Column("MATCH (x:N) WHERE (x)-[:T]->(:N) RETURN x.id ORDER BY x.id"));
        Assert.Equal(["d"], _db.Column("MATCH (x:N) WHERE NOT (x)-[:T]->() RETURN x.id"));
    }

    [Fact]
    public void Nodes_and_relationships_of_a_named_path()
    {
        var ids = _db.Scalar("MATCH p = (:N {id: 'a'})-[:T]->(:N {id: 'b'})-[:T]->(:N {id: 'c'}) RETURN [n IN nodes(p) | n.id]");
        Assert.Equal(["a", "b", "c"], (IEnumerable<object?>)ids!);
    }

    [Fact]
    public void Path_matched_from_its_bound_right_end_keeps_its_direction()
    {
        var ids = _db.Scalar("MATCH (c:N {id: 'c'}) MATCH p = (x)-[:T]->(y)-[:T]->(c) RETURN [n IN nodes(p) | n.id]");
        Assert.Equal(["a", "b", "c"], (IEnumerable<object?>)ids!);
    }

    [Fact]
    public void Cartesian_product_of_disconnected_parts()
    {
        Assert.Equal(16L, _db.Scalar("MATCH (x:N), (y:N) RETURN count(*)"));
    }

    [Fact]
    public void Label_expressions()
    {
        _db.Run("CREATE (:M {id: 'm'})");
        Assert.Equal(5L, _db.Scalar("MATCH (x:N|M) RETURN count(x)"));
        Assert.Equal(["m"], _db.Column("MATCH (x) WHERE x:M RETURN x.id"));
        Assert.Equal(["m"], _db.Column("MATCH (x:!N) RETURN x.id"));
    }

    [Fact]
    public void Runaway_var_length_query_times_out()
    {
        using var db = new Db(new EmbeddedGraphOptions { StatementTimeout = TimeSpan.FromMilliseconds(300) });
        db.Run("UNWIND range(1, 12) AS i CREATE (:K {i: i})");
        db.Run("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
        var ex = Assert.Throws<GraphException>(() => db.Run("MATCH p = (:K)-[:E*]-(:K) RETURN count(p)"));
        Assert.Equal(ErrorCodes.TransactionTimedOut, ex.Code);
    }
}
