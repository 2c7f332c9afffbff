namespace Graph.Cypher.Tests.Execution;

// Locks down index seeks keyed by a property of an earlier row variable (UNWIND $rows AS r MATCH (n:L {id: r.id})): same rows as a scan.
public sealed class RowVariableSeekTests : IDisposable
{
    private readonly Db _db = new();

    public RowVariableSeekTests()
    {
        _db.Run("CREATE CONSTRAINT l_id FOR (n:L) REQUIRE n.id IS UNIQUE");
        _db.Run("UNWIND [['a', 'A'], ['b', 'B'], ['c', 'C']] AS p CREATE (:L {id: p[0], name: p[1]})");
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Unwound_rows_find_their_node_and_rows_without_a_match_are_dropped()
    {
        var names = _db.Run("UNWIND [{id: 'b'}, {id: 'z'}, {id: 'a'}] AS r MATCH (n:L {id: r.id}) RETURN n.name AS name").Records;
        Assert.Equal(["B", "A"], names.Select(x => x["name"]));
    }

    [Fact]
    public void Relationships_created_from_unwound_id_pairs_join_the_right_nodes()
    {
        _db.Run("UNWIND [{f: 'a', t: 'b'}, {f: 'c', t: 'a'}] AS r MATCH (x:L {id: r.f}) MATCH (y:L {id: r.t}) CREATE (x)-[:R]->(y)");
        var pairs = _db.Run("MATCH (x)-[:R]->(y) RETURN x.id + '>' + y.id AS p ORDER BY p").Records;
        Assert.Equal(["a>b", "c>a"], pairs.Select(x => x["p"]));
    }

    [Fact]
    public void A_null_key_matches_nothing()
    {
        Assert.Equal(0L, _db.Scalar("UNWIND [{id: null}] AS r MATCH (n:L {id: r.id}) RETURN count(n)"));
    }

    [Fact]
    public void A_key_of_another_type_matches_nothing()
    {
        Assert.Equal(0L, _db.Scalar("UNWIND [{id: 1}] AS r MATCH (n:L {id: r.id}) RETURN count(n)"));
    }

    [Fact]
    public void A_node_bound_by_an_earlier_match_keys_the_seek()
    {
        Assert.Equal("A", _db.Scalar("MATCH (a:L {id: 'a'}) MATCH (b:L {id: a.id}) RETURN b.name"));
    }
}
