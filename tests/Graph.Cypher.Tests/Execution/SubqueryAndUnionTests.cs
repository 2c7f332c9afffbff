namespace Graph.Cypher.Tests.Execution;

// Locks down CALL { } subqueries (importing WITH, scope clause, OPTIONAL, unit), UNION / UNION ALL.
public sealed class SubqueryAndUnionTests : IDisposable
{
    private readonly Db _db = new();

    public SubqueryAndUnionTests() => _db.Run("CREATE (:P {name: 'a', age: 1}), (:P {name: 'b', age: 2}), (:P {name: 'c', age: 3})");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Union_removes_duplicates_and_union_all_keeps_them()
    {
        Assert.Equal([1L], _db.Column("RETURN 1 AS x UNION RETURN 1 AS x"));
        Assert.Equal([1L, 1L], _db.Column("RETURN 1 AS x UNION ALL RETURN 1 AS x"));
    }

    [Fact]
    public void Importing_with_correlates_subquery()
    {
        var rows = _db.Run("MATCH (p:P) CALL { WITH p RETURN p.age * 10 AS tens } RETURN p.name, tens ORDER BY p.name").Records;
        Assert.Equal([10L, 20L, 30L], rows.Select(r => r["tens"]));
    }

    [Fact]
    public void Scope_clause_form()
    {
        var rows = _db.Column("MATCH (p:P) CALL (p) { RETURN p.name + '!' AS shout } RETURN shout ORDER BY shout");
        Assert.Equal(["a!", "b!", "c!"], rows);
    }

    [Fact]
    public void Uncorrelated_subquery_runs_per_row()
    {
        Assert.Equal(9L, _db.Scalar("MATCH (p:P) CALL { MATCH (q:P) RETURN q } RETURN count(*)"));
    }

    [Fact]
    public void Optional_call_keeps_row_with_nulls()
    {
        var rows = _db.Run("MATCH (p:P {name: 'a'}) OPTIONAL CALL (p) { MATCH (p)-->(x) RETURN x } RETURN p.name, x").Records;
        Assert.Single(rows);
        Assert.Null(rows[0]["x"]);
    }

    [Fact]
    public void Unit_subquery_writes_and_keeps_rows()
    {
        var result = _db.Run("MATCH (p:P) CALL (p) { CREATE (:Copy {name: p.name}) } RETURN count(*) AS c");
        Assert.Equal(3L, result.Records.Single()["c"]);
        Assert.Equal(3, result.Counters.NodesCreated);
    }

    [Fact]
    public void Subquery_with_union_inside()
    {
        var rows = _db.Column("CALL { MATCH (p:P {name: 'a'}) RETURN p.name AS n UNION MATCH (p:P {name: 'c'}) RETURN p.name AS n } RETURN n ORDER BY n");
        Assert.Equal(["a", "c"], rows);
    }
}
