using Graph.Core.Errors;

namespace Graph.Cypher.Tests.Execution;

// Locks down expression families: null logic, CASE, comprehensions, quantifiers, reduce, indexing, maps, subqueries.
public sealed class ExpressionTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("RETURN null AND false", false)]
    [InlineData("RETURN null OR true", true)]
    [InlineData("RETURN true XOR false", true)]
    [InlineData("RETURN NOT false", true)]
    public void Three_valued_logic_known_results(string query, bool expected) => Assert.Equal(expected, _db.Scalar(query));

    [Theory]
    [InlineData("RETURN null AND true")]
    [InlineData("RETURN null OR false")]
    [InlineData("RETURN NOT null")]
    [InlineData("RETURN null = null")]
    [InlineData("RETURN 1 + null")]
    [InlineData("RETURN [1, 2][5]")]
    [InlineData("RETURN {a: 1}.b")]
    public void Null_propagates(string query) => Assert.Null(_db.Scalar(query));

    [Fact]
    public void Negative_index_and_slices()
    {
        Assert.Equal(3L, _db.Scalar("RETURN [1, 2, 3][-1]"));
        Assert.Equal([2L, 3L], (IEnumerable<object?>)_db.Scalar("RETURN [1, 2, 3][1..]")!);
        Assert.Equal([1L, 2L], (IEnumerable<object?>)_db.Scalar("RETURN [1, 2, 3][..-1]")!);
    }

    [Fact]
    public void Non_integer_list_index_is_a_type_error()
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run("RETURN [1, 2, 3]['a']"));
        Assert.Equal(ErrorCodes.TypeError, ex.Code);
    }

    [Fact]
    public void Case_forms()
    {
        Assert.Equal("two", _db.Scalar("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END"));
        Assert.Equal("big", _db.Scalar("RETURN CASE WHEN 5 > 3 THEN 'big' ELSE 'small' END"));
        Assert.Null(_db.Scalar("RETURN CASE WHEN false THEN 1 END"));
    }

    [Fact]
    public void List_comprehension_filters_and_maps()
    {
        Assert.Equal([0L, 4L, 16L], (IEnumerable<object?>)_db.Scalar("RETURN [x IN range(0, 4) WHERE x % 2 = 0 | x * x]")!);
    }

    [Theory]
    [InlineData("RETURN all(x IN [1, 2] WHERE x > 0)", true)]
    [InlineData("RETURN any(x IN [1, 2] WHERE x > 1)", true)]
    [InlineData("RETURN none(x IN [1, 2] WHERE x > 5)", true)]
    [InlineData("RETURN single(x IN [1, 2] WHERE x > 1)", true)]
    [InlineData("RETURN single(x IN [1, 2, 3] WHERE x > 1)", false)]
    public void Quantifiers(string query, bool expected) => Assert.Equal(expected, _db.Scalar(query));

    [Fact]
    public void Quantifier_with_null_element_is_unknown()
    {
        Assert.Null(_db.Scalar("RETURN all(x IN [1, null] WHERE x > 0)"));
    }

    [Fact]
    public void Reduce_sums()
    {
        Assert.Equal(10L, _db.Scalar("RETURN reduce(acc = 0, x IN [1, 2, 3, 4] | acc + x)"));
    }

    [Fact]
    public void Map_projection_and_dynamic_property_access()
    {
        _db.Run("CREATE (:P {name: 'Ann', age: 30})");
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(_db.Scalar("MATCH (p:P) RETURN p {.name, years: p.age}"));
        Assert.Equal("Ann", map["name"]);
        Assert.Equal(30L, map["years"]);
        Assert.Equal(30L, _db.Scalar("MATCH (p:P) WITH p, 'age' AS k RETURN p[k]"));
    }

    [Fact]
    public void Exists_count_collect_subqueries_and_pattern_comprehension()
    {
        _db.Run("CREATE (a:P {name: 'a'})-[:K]->(:P {name: 'b'}), (a)-[:K]->(:P {name: 'c'})");
        Assert.Equal(["a"], _db.Column("MATCH (p:P) WHERE EXISTS { (p)-[:K]->() } RETURN p.name"));
        Assert.Equal(2L, _db.Scalar("MATCH (p:P {name: 'a'}) RETURN COUNT { (p)-[:K]->() }"));
        var names = (IEnumerable<object?>)_db.Scalar("MATCH (p:P {name: 'a'}) RETURN COLLECT { MATCH (p)-[:K]->(q) RETURN q.name ORDER BY q.name }")!;
        Assert.Equal(["b", "c"], names);
        var comp = (IEnumerable<object?>)_db.Scalar("MATCH (p:P {name: 'a'}) RETURN [(p)-[:K]->(q) | q.name]")!;
        Assert.Equal(["b", "c"], comp.Cast<string>().Order());
    }

    [Fact]
    public void Temporal_component_access()
    {
        Assert.Equal(2024L, _db.Scalar("RETURN date('2024-05-06').year"));
    }

    [Fact]
    public void Parameters_are_normalised()
    {
        var p = new Dictionary<string, object?> { ["x"] = 41, ["l"] = new[] { 1, 2 } };
        Assert.Equal(42L, _db.Scalar("RETURN $x + 1", p));
        Assert.Equal(2L, _db.Scalar("RETURN size($l)", p));
    }

    [Fact]
    public void Ordering_across_types_follows_orderability()
    {
        // Neo4j orders ascending: maps, nodes, relationships, lists, paths, temporals, strings, booleans, numbers, null last.
        var values = _db.Column("UNWIND [1, 'a', true, null, [1]] AS v RETURN v ORDER BY v");
        Assert.Equal(new object?[] { new List<object?> { 1L }, "a", true, 1L, null }, values);
    }
}
