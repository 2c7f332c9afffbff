using Graph.Core.Values;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Values;

// Locks down Cypher `=` (three-valued, manual "Equality, ordering, and comparison") and equivalence for DISTINCT/grouping.
public class CypherEqualityTests
{
    [Fact]
    public void Null_on_either_side_gives_null_even_null_equals_null()
    {
        Assert.Null(CypherEquality.Equal(null, null));
        Assert.Null(CypherEquality.Equal(1L, null));
        Assert.Null(CypherEquality.Equal(null, "a"));
    }

    [Fact]
    public void Integer_and_float_compare_by_value()
    {
        Assert.True(CypherEquality.Equal(1L, 1.0));
        Assert.True(CypherEquality.Equal(1.0, 1L));
        Assert.False(CypherEquality.Equal(1L, 1.5));
        // 2^53 + 1 is not representable as a double; exact comparison keeps them apart.
        Assert.False(CypherEquality.Equal(9007199254740993L, 9007199254740992.0));
    }

    [Fact]
    public void NaN_equals_nothing_not_even_itself()
    {
        Assert.False(CypherEquality.Equal(double.NaN, double.NaN));
        Assert.False(CypherEquality.Equal(double.NaN, 1L));
    }

    [Fact]
    public void Different_types_are_not_equal()
    {
        Assert.False(CypherEquality.Equal(1L, "1"));
        Assert.False(CypherEquality.Equal(true, 1L));
        Assert.False(CypherEquality.Equal(L(1L), 1L));
    }

    [Fact]
    public void Lists_compare_element_wise_as_in_the_manual_example()
    {
        // [3, 4] = [1+2, 8/2]
        Assert.True(CypherEquality.Equal(L(3L, 4L), L(3L, 4L)));
        Assert.False(CypherEquality.Equal(L(1L, 2L), L(1L, 2L, 3L)));
        Assert.Null(CypherEquality.Equal(L(1L, null), L(1L, 2L)));
        // A decided difference wins over an undecided pair.
        Assert.False(CypherEquality.Equal(L(null, 1L), L(2L, 2L)));
    }

    [Fact]
    public void Maps_need_the_same_keys_and_equal_values()
    {
        var a = Map(("a", 1L), ("b", "x"));
        var b = Map(("b", "x"), ("a", 1.0));
        Assert.True(CypherEquality.Equal(a, b));
        Assert.False(CypherEquality.Equal(a, Map(("a", 1L))));
        Assert.False(CypherEquality.Equal(Map(("a", 1L)), Map(("b", 1L))));
        Assert.Null(CypherEquality.Equal(Map(("a", null)), Map(("a", 1L))));
    }

    [Fact]
    public void Entities_by_id_and_temporals_by_value()
    {
        Assert.True(CypherEquality.Equal(new NodeRef(3), new NodeRef(3)));
        Assert.False(CypherEquality.Equal(new NodeRef(3), new RelRef(3)));
        var date = new CypherDate(new DateOnly(2023, 4, 12));
        Assert.True(CypherEquality.Equal(date, new CypherDate(new DateOnly(2023, 4, 12))));
        Assert.False(CypherEquality.Equal(date, new CypherLocalDateTime(new DateOnly(2023, 4, 12), 0)));
        // Durations by components: one day is not 24 hours.
        Assert.False(CypherEquality.Equal(new CypherDuration(0, 1, 0, 0), new CypherDuration(0, 0, 86400, 0)));
    }

    [Fact]
    public void A_path_equals_the_list_of_its_alternating_nodes_and_relationships()
    {
        var path = new PathValue([new NodeRef(1), new NodeRef(2)], [new RelRef(7)]);
        Assert.True(CypherEquality.Equal(path, L(new NodeRef(1), new RelRef(7), new NodeRef(2))));
        Assert.False(CypherEquality.Equal(L(new NodeRef(1)), path));
    }

    [Fact]
    public void Equivalence_treats_null_and_NaN_as_themselves_and_merges_1_with_1_0()
    {
        var eq = CypherEquality.Equivalence;
        Assert.True(eq.Equals(null, null));
        Assert.True(eq.Equals(double.NaN, double.NaN));
        Assert.True(eq.Equals(1L, 1.0));
        Assert.Equal(eq.GetHashCode(1L), eq.GetHashCode(1.0));
        Assert.True(eq.Equals(L(1L, null), L(1.0, null)));
        Assert.Equal(eq.GetHashCode(L(1L, null)), eq.GetHashCode(L(1.0, null)));
        Assert.False(eq.Equals(null, 0L));
        Assert.False(eq.Equals("1", 1L));
    }

    [Fact]
    public void Equivalence_groups_distinct_values()
    {
        var set = new HashSet<object?>(CypherEquality.Equivalence) { 1L, 1.0, null, null, double.NaN, double.NaN, "1", Map(("a", 1L)), Map(("a", 1.0)) };
        Assert.Equal(5, set.Count);
    }

    internal static CypherMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new CypherMap();
        foreach (var (k, v) in entries) map.Set(k, v);
        return map;
    }
}
