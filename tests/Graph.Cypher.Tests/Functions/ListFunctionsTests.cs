using Graph.Core.Errors;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Functions;

// Locks down list, entity and path functions (manual: "List functions", "Scalar functions", "Predicate functions").
public class ListFunctionsTests
{
    [Fact]
    public void Range_follows_the_manual()
    {
        Assert.Equal(L(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), Fn("range", 0L, 10L));
        Assert.Equal(L(2L, 5L, 8L, 11L, 14L, 17L), Fn("range", 2L, 18L, 3L));
        Assert.Equal(L(), Fn("range", 0L, 5L, -1L));
        Assert.Equal(L(5L, 3L, 1L), Fn("range", 5L, 0L, -2L));
        Assert.Equal(L(long.MaxValue), Fn("range", long.MaxValue, long.MaxValue, 5L));
    }

    [Fact]
    public void Range_with_step_zero_is_an_argument_error()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("range", 0L, 10L, 0L)).Code);
    }

    [Fact]
    public void Range_refuses_absurd_sizes_instead_of_exhausting_memory()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("range", 0L, long.MaxValue)).Code);
    }

    [Fact]
    public void Head_last_tail_size_reverse()
    {
        Assert.Equal("a", Fn("head", L("a", "b")));
        Assert.Null(Fn("head", L()));
        Assert.Null(Fn("head", null));
        Assert.Equal("b", Fn("last", L("a", "b")));
        Assert.Null(Fn("last", L()));
        Assert.Equal(L("b", "c"), Fn("tail", L("a", "b", "c")));
        Assert.Equal(L(), Fn("tail", L()));
        Assert.Equal(3L, Fn("size", L(1L, null, 3L)));
        // Manual: reverse([4923, 'abc', 521, null, 487]) is [487, null, 521, 'abc', 4923]
        Assert.Equal(L(487L, null, 521L, "abc", 4923L), Fn("reverse", L(4923L, "abc", 521L, null, 487L)));
        Assert.Null(Fn("size", null));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("head", "abc")).Code);
    }

    [Fact]
    public void NullIf_follows_the_manual()
    {
        Assert.Null(Fn("nullIf", 4L, 4L));
        Assert.Equal("abc", Fn("nullIf", "abc", "def"));
        Assert.Null(Fn("nullIf", 4L, 4.0));
        Assert.Equal("Blue", Fn("coalesce", Fn("nullIf", "Blue", "Brown"), "Hazel"));
        Assert.Equal("Hazel", Fn("coalesce", Fn("nullIf", "Brown", "Brown"), "Hazel"));
    }

    [Fact]
    public void Coalesce_and_isEmpty()
    {
        Assert.Equal("x", Fn("coalesce", null, "x", "y"));
        Assert.Null(Fn("coalesce", null, null));
        Assert.Equal(true, Fn("isEmpty", L()));
        Assert.Equal(false, Fn("isEmpty", "a"));
        Assert.Equal(true, Fn("isEmpty", new CypherMap()));
        Assert.Null(Fn("isEmpty", null));
    }

    [Fact]
    public void Entity_functions_read_the_graph()
    {
        var context = new FakeFunctionContext();
        var g = context.View;
        var kz = g.AddNode(["State"], ("id", "kz"), ("name", "Kazakhstan"));
        var az = g.AddNode(["State", "Country"], ("id", "az"));
        var rel = g.AddRelationship(kz, "TRADES_WITH", az, ("year", 2022L));
        Assert.Equal(L("State", "Country"), FnIn(context, "labels", az));
        Assert.Equal("TRADES_WITH", FnIn(context, "type", rel));
        Assert.Equal(L("id", "name"), FnIn(context, "keys", kz));
        var props = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(FnIn(context, "properties", rel));
        Assert.Equal(2022L, props["year"]);
        Assert.Equal(kz, FnIn(context, "startNode", rel));
        Assert.Equal(az, FnIn(context, "endNode", rel));
        Assert.Equal(kz.Id, FnIn(context, "id", kz));
        Assert.Equal("4:graph-embedded:" + az.Id, FnIn(context, "elementId", az));
        Assert.Equal("5:graph-embedded:" + rel.Id, FnIn(context, "elementId", rel));
        Assert.Null(FnIn(context, "labels", null));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => FnIn(context, "labels", rel)).Code);
    }

    [Fact]
    public void Keys_and_properties_of_a_map()
    {
        var map = new CypherMap();
        map.Set("b", 1L);
        map.Set("a", 2L);
        Assert.Equal(L("b", "a"), Fn("keys", map));
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)Fn("properties", map)!)["a"]);
    }

    [Fact]
    public void Path_functions()
    {
        var path = new PathValue([new NodeRef(1), new NodeRef(2), new NodeRef(3)], [new RelRef(10), new RelRef(11)]);
        Assert.Equal(2L, Fn("length", path));
        Assert.Equal(L(new NodeRef(1), new NodeRef(2), new NodeRef(3)), Fn("nodes", path));
        Assert.Equal(L(new RelRef(10), new RelRef(11)), Fn("relationships", path));
        Assert.Null(Fn("length", null));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("length", "abc")).Code);
    }

    [Fact]
    public void Timestamp_reads_the_statement_clock_and_random_ones_are_flagged()
    {
        Assert.Equal(FakeFunctionContext.FixedTime.ToUnixTimeMilliseconds(), Fn("timestamp"));
        Assert.True(Graph.Cypher.Functions.FunctionRegistry.TryGetScalar("rand", out var rand));
        Assert.False(rand.Deterministic);
        Assert.True(Graph.Cypher.Functions.FunctionRegistry.TryGetScalar("randomUUID", out var uuid));
        Assert.False(uuid.Deterministic);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", (string)Fn("randomUUID")!);
        Assert.False(Graph.Cypher.Functions.FunctionRegistry.TryGetScalar("noSuchFunction", out _));
    }
}
