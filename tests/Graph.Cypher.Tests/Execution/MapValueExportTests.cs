using Graph.Core.Values;

namespace Graph.Cypher.Tests.Execution;

// Locks down how map and list values reach callers: Dictionary/List types (or the engine's subclasses of them, handed
// out without a copy), key order as written, nested values, grouped collects.
public sealed class MapValueExportTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_map_literal_comes_back_as_a_dictionary_in_written_order()
    {
        var value = _db.Scalar("RETURN {b: 1, a: 'x', n: null, c: [2, {z: 2.5, y: date('2020-01-02')}], t: true}");
        var map = Assert.IsType<Dictionary<string, object?>>(value, exactMatch: false);
        Assert.Equal(new[] { "b", "a", "n", "c", "t" }, map.Keys);
        Assert.Equal(1L, map["b"]);
        Assert.Equal("x", map["a"]);
        Assert.Null(map["n"]);
        Assert.Equal(true, map["t"]);
        var list = Assert.IsType<List<object?>>(map["c"], exactMatch: false);
        Assert.Equal(2L, list[0]);
        var inner = Assert.IsType<Dictionary<string, object?>>(list[1], exactMatch: false);
        Assert.Equal(new[] { "z", "y" }, inner.Keys);
        Assert.Equal(2.5, inner["z"]);
        Assert.Equal(new CypherDate(new DateOnly(2020, 1, 2)), inner["y"]);
    }

    [Fact]
    public void Exported_maps_belong_to_the_caller()
    {
        // Callers (the GraphQL layer) add and replace entries in exported maps.
        var map = Assert.IsType<Dictionary<string, object?>>(_db.Scalar("RETURN {a: 1}"), exactMatch: false);
        map["b"] = 2L;
        map["a"] = "changed";
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void A_map_projection_reads_selectors_literals_and_variables()
    {
        _db.Run("CREATE (:P {name: 'Ann', age: 30})");
        var map = Assert.IsType<Dictionary<string, object?>>(_db.Scalar("MATCH (p:P) RETURN p {.name, .missing, years: p.age, p}"), exactMatch: false);
        Assert.Equal(new[] { "name", "missing", "years", "p" }, map.Keys);
        Assert.Equal("Ann", map["name"]);
        // Manual (map projection): a property selector of an absent property projects null.
        Assert.Null(map["missing"]);
        Assert.Equal(30L, map["years"]);
        var node = Assert.IsType<Node>(map["p"]);
        Assert.Equal(["P"], node.Labels);
    }

    [Fact]
    public void All_properties_then_a_literal_entry_overrides_in_place()
    {
        _db.Run("CREATE (:P {name: 'Ann', age: 30})");
        var map = Assert.IsType<Dictionary<string, object?>>(_db.Scalar("MATCH (p:P) RETURN p {.*, name: 'Bob', extra: 1}"), exactMatch: false);
        Assert.Equal(3, map.Count);
        Assert.Equal("Bob", map["name"]);
        Assert.Equal(30L, map["age"]);
        Assert.Equal(1L, map["extra"]);
        Assert.Equal("extra", map.Keys.Last());
    }

    [Fact]
    public void All_properties_of_a_large_map_keep_order_past_the_lookup_threshold()
    {
        var keys = Enumerable.Range(1, 12).Select(i => "k" + i).ToList();
        var literal = "{" + string.Join(", ", keys.Select((k, i) => $"{k}: {i + 1}")) + "}";
        var map = Assert.IsType<Dictionary<string, object?>>(_db.Scalar($"WITH {literal} AS m RETURN m {{.*, k3: 'x', k12: null, extra: true, .k1}}"), exactMatch: false);
        Assert.Equal(keys.Append("extra"), map.Keys);
        Assert.Equal("x", map["k3"]);
        Assert.Null(map["k12"]);
        Assert.Equal(1L, map["k1"]);
        Assert.Equal(11L, map["k11"]);
        Assert.Equal(true, map["extra"]);
    }

    [Fact]
    public void A_projection_of_null_is_null()
    {
        Assert.Null(_db.Scalar("OPTIONAL MATCH (p:Nobody) RETURN p {.name}"));
    }

    [Fact]
    public void Each_outer_row_gets_its_own_collected_maps()
    {
        var rows = _db.Run("UNWIND [1, 2] AS g CALL (g) { UNWIND range(1, g) AS x RETURN collect({x: x}) AS c } RETURN g, c").Records;
        Assert.Equal(2, rows.Count);
        var first = Assert.IsType<List<object?>>(rows[0][1], exactMatch: false);
        var second = Assert.IsType<List<object?>>(rows[1][1], exactMatch: false);
        Assert.Single(first);
        Assert.Equal(2, second.Count);
        Assert.Equal(2L, Assert.IsType<Dictionary<string, object?>>(second[1], exactMatch: false)["x"]);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Many_aggregates_in_one_projection_each_find_their_result()
    {
        // Ten aggregate calls, grouped by parity, ordered by an aggregate not among the items.
        var rows = _db.Run(
            "UNWIND [1, 2, 3, 4] AS x RETURN x % 2 AS k, count(*) AS a, sum(x) AS b, min(x) AS c, max(x) AS d, collect(x) AS e, " +
            "avg(x) AS f, count(x) AS g, sum(x * 10) AS h, max(x * 10) AS i ORDER BY sum(x) DESC").Records;
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 0L, 2L, 6L, 2L, 4L, new List<object?> { 2L, 4L }, 3.0, 2L, 60L, 40L }, rows[0].Values);
        Assert.Equal(new object?[] { 1L, 2L, 4L, 1L, 3L, new List<object?> { 1L, 3L }, 2.0, 2L, 40L, 30L }, rows[1].Values);
    }
}
