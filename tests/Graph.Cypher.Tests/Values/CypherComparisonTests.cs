using Graph.Core.Values;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;
using static Graph.Cypher.Tests.Values.CypherEqualityTests;

namespace Graph.Cypher.Tests.Values;

// Locks down comparability (< <= > >=) and the ORDER BY total order from the manual's "Hierarchy of values".
public class CypherComparisonTests
{
    [Fact]
    public void Numbers_compare_across_integer_and_float()
    {
        Assert.Equal(-1, CypherComparison.Compare(3L, 4L));
        Assert.Equal(1, CypherComparison.Compare(4.5, 4L));
        Assert.Equal(0, CypherComparison.Compare(2L, 2.0));
        Assert.Equal(-1, CypherComparison.Compare(long.MaxValue, 9.3e18));
    }

    [Fact]
    public void Strings_lexicographically_and_false_before_true()
    {
        Assert.Equal(-1, CypherComparison.Compare("x", "xy"));
        Assert.Equal(1, CypherComparison.Compare("b", "a"));
        Assert.Equal(-1, CypherComparison.Compare(false, true));
    }

    [Fact]
    public void Null_and_incomparable_types_give_null()
    {
        Assert.Null(CypherComparison.Compare(null, 1L));
        Assert.Null(CypherComparison.Compare(1L, "1"));
        Assert.Null(CypherComparison.Compare(Map(("a", 1L)), Map(("a", 1L))));
        Assert.Null(CypherComparison.Compare(new NodeRef(1), new NodeRef(2)));
        // Durations have no comparison (manual: "comparing two durations will always return null").
        Assert.Null(CypherComparison.Compare(new CypherDuration(1, 0, 0, 0), new CypherDuration(2, 0, 0, 0)));
        Assert.Null(CypherComparison.Compare(new CypherDate(new DateOnly(2020, 1, 1)), new CypherLocalDateTime(new DateOnly(2020, 1, 1), 0)));
    }

    [Fact]
    public void NaN_makes_every_comparison_false()
    {
        Assert.False(CypherComparison.GreaterThan(1L, double.NaN));
        Assert.False(CypherComparison.LessThan(1L, double.NaN));
        Assert.False(CypherComparison.GreaterThanOrEqual(double.NaN, double.NaN));
        Assert.Null(CypherComparison.LessThan(null, double.NaN));
        Assert.True(CypherComparison.LessThan(1L, 2.5));
    }

    [Fact]
    public void Lists_compare_lexicographically()
    {
        Assert.Equal(-1, CypherComparison.Compare(L(1L, 2L), L(1L, 3L)));
        Assert.Equal(-1, CypherComparison.Compare(L(1L, 2L), L(1L, 2L, 0L)));
        Assert.Equal(1, CypherComparison.Compare(L(2L, null), L(1L, null)));
        Assert.Null(CypherComparison.Compare(L(1L, null), L(1L, 2L)));
        Assert.Null(CypherComparison.Compare(L(1L, "a"), L(1L, 2L)));
    }

    [Fact]
    public void Temporals_of_one_kind_compare_chronologically_zoned_by_instant()
    {
        var earlier = new CypherDate(new DateOnly(2023, 1, 1));
        var later = new CypherDate(new DateOnly(2024, 1, 1));
        Assert.Equal(-1, CypherComparison.Compare(earlier, later));
        // 12:00+02:00 is 10:00Z, so before 11:00Z.
        var noonPlus2 = new CypherDateTime(new DateOnly(2023, 4, 12), 12 * 3600 * 1_000_000_000L, 7200, null);
        var elevenUtc = new CypherDateTime(new DateOnly(2023, 4, 12), 11 * 3600 * 1_000_000_000L, 0, null);
        Assert.Equal(-1, CypherComparison.Compare(noonPlus2, elevenUtc));
    }

    [Fact]
    public void Orderability_follows_the_manual_example_of_mixed_values()
    {
        // WITH [42, "hello", null, true, {name: "Alice"}, [1, 2, 3], date("2024-02-10")] ... ORDER BY
        var date = new CypherDate(new DateOnly(2024, 2, 10));
        var map = Map(("name", "Alice"));
        var list = L(1L, 2L, 3L);
        var values = new List<object?> { 42L, "hello", null, true, map, list, date };
        values.Sort(CypherComparison.Orderability);
        Assert.Equal(new object?[] { map, list, date, "hello", true, 42L, null }, values);
    }

    [Fact]
    public void Orderability_hierarchy_of_types()
    {
        object?[] ascending =
        [
            Map(),
            new NodeRef(1),
            new RelRef(1),
            L(1L),
            new PathValue([new NodeRef(1)], []),
            new CypherDateTime(new DateOnly(2020, 1, 1), 0, 0, null),
            new CypherLocalDateTime(new DateOnly(2020, 1, 1), 0),
            new CypherDate(new DateOnly(2020, 1, 1)),
            new CypherTime(0, 0),
            new CypherLocalTime(0),
            new CypherDuration(0, 1, 0, 0),
            "a",
            false,
            1L,
            null,
        ];
        for (var i = 0; i + 1 < ascending.Length; i++)
        {
            Assert.True(CypherComparison.Order(ascending[i], ascending[i + 1]) < 0, $"{i} before {i + 1}");
            Assert.True(CypherComparison.Order(ascending[i + 1], ascending[i]) > 0, $"{i + 1} after {i}");
        }
    }

    [Fact]
    public void NaN_sorts_after_all_numbers_and_before_null()
    {
        var values = new List<object?> { double.NaN, null, double.PositiveInfinity, 1L, -3.5 };
        values.Sort(CypherComparison.Orderability);
        Assert.Equal(-3.5, values[0]);
        Assert.Equal(1L, values[1]);
        Assert.Equal(double.PositiveInfinity, values[2]);
        Assert.True(values[3] is double d && double.IsNaN(d));
        Assert.Null(values[4]);
    }

    [Fact]
    public void Lists_order_shorter_prefix_first_and_empty_slot_before_null()
    {
        // Manual: [1, 'foo'] < [1, 'foo', 3] and [1] < [1, null]; [1, 'foo', 3] < [1, 2, 'bar'] since 'foo' < 2.
        Assert.True(CypherComparison.Order(L(1L, "foo"), L(1L, "foo", 3L)) < 0);
        Assert.True(CypherComparison.Order(L(1L), L(1L, null)) < 0);
        Assert.True(CypherComparison.Order(L(1L, "foo", 3L), L(1L, 2L, "bar")) < 0);
    }

    [Fact]
    public void Maps_order_by_size_then_keys_then_values()
    {
        // Manual examples.
        Assert.True(CypherComparison.Order(Map(("a", 1L)), Map(("a", 0L), ("b", "foo"))) < 0);
        Assert.True(CypherComparison.Order(Map(("b", 100L), ("a", "foo")), Map(("a", ""), ("c", null))) < 0);
        Assert.True(CypherComparison.Order(Map(("b", 100L), ("a", "foo")), Map(("a", "foo"), ("b", null))) < 0);
    }

    [Fact]
    public void Durations_order_by_average_length()
    {
        // One month (30.436875 days) sorts after 30 days and before 31 days.
        var month = new CypherDuration(1, 0, 0, 0);
        Assert.True(CypherComparison.Order(new CypherDuration(0, 30, 0, 0), month) < 0);
        Assert.True(CypherComparison.Order(month, new CypherDuration(0, 31, 0, 0)) < 0);
    }
}
