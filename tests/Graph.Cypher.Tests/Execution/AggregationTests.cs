namespace Graph.Cypher.Tests.Execution;

// Locks down grouping keys, count(*) vs count(x), DISTINCT aggregates and aggregates over no rows.
public sealed class AggregationTests : IDisposable
{
    private readonly Db _db = new();

    public AggregationTests() =>
        _db.Run("UNWIND [{n: 'a', v: 1}, {n: 'a', v: 2}, {n: 'b', v: 2}, {n: 'b', v: null}, {n: 'c', v: 2}] AS row CREATE (:P {name: row.n, v: row.v})");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Count_star_counts_rows_and_count_expression_skips_nulls()
    {
        var r = _db.Run("MATCH (p:P) RETURN count(*) AS rows, count(p.v) AS values").Records.Single();
        Assert.Equal(5L, r["rows"]);
        Assert.Equal(4L, r["values"]);
    }

    [Fact]
    public void Grouping_key_partitions_rows()
    {
        var r = _db.Run("MATCH (p:P) RETURN p.name AS name, sum(p.v) AS total ORDER BY name").Records;
        Assert.Equal(["a", "b", "c"], r.Select(x => x["name"]));
        Assert.Equal([3L, 2L, 2L], r.Select(x => x["total"]));
    }

    [Fact]
    public void Distinct_aggregate_counts_equivalent_values_once()
    {
        Assert.Equal(2L, _db.Scalar("MATCH (p:P) RETURN count(DISTINCT p.v)"));
    }

    [Fact]
    public void Aggregation_without_rows_still_returns_one_row()
    {
        var r = _db.Run("MATCH (x:Nothing) RETURN count(x) AS c, collect(x) AS l").Records.Single();
        Assert.Equal(0L, r["c"]);
        Assert.Equal(new List<object?>(), r["l"]);
    }

    [Fact]
    public void Aggregation_with_grouping_key_and_no_rows_returns_no_rows()
    {
        Assert.Empty(_db.Run("MATCH (x:Nothing) RETURN x.name, count(*)").Records);
    }

    [Fact]
    public void Order_by_aggregate_projected_alias()
    {
        var names = _db.Column("MATCH (p:P) RETURN p.name AS name, count(*) AS c ORDER BY c DESC, name");
        Assert.Equal(["a", "b", "c"], names);
    }

    [Fact]
    public void Order_by_ties_keep_incoming_order()
    {
        var values = _db.Column("UNWIND [[1, 'x'], [0, 'y'], [1, 'z'], [1, 'w']] AS p WITH p ORDER BY p[0] RETURN p[1]");
        Assert.Equal(["y", "x", "z", "w"], values);
    }

    [Fact]
    public void Collect_ignores_nulls()
    {
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(_db.Scalar("MATCH (p:P {name: 'b'}) RETURN collect(p.v)"));
        Assert.Equal([2L], list);
    }
}
