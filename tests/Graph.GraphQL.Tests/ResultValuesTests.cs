using Graph.Core.Values;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests;

// Result values become what GraphQL.NET's scalars serialize; a store's maps and lists are normalized where they
// are (the result belongs to the caller), and a value met twice in one result comes out the same.
public sealed class ResultValuesTests
{
    [Fact]
    public void Maps_and_lists_are_normalized_in_place()
    {
        var inner = new List<object?> { 1L, new CypherDate(new DateOnly(2024, 5, 1)), "x" };
        var map = new Dictionary<string, object?> { ["n"] = 7L, ["big"] = long.MaxValue, ["items"] = inner };

        var normalized = ResultValues.Normalize(map);

        Assert.Same(map, normalized);
        Assert.Same(inner, map["items"]);
        Assert.Equal(7, Assert.IsType<int>(map["n"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(map["big"]));
        Assert.Equal(new DateTime(2024, 5, 1), Assert.IsType<DateTime>(inner[1]));
        Assert.Equal(1, Assert.IsType<int>(inner[0]));
    }

    [Fact]
    public void A_map_met_twice_is_normalized_to_the_same_values()
    {
        var shared = new Dictionary<string, object?> { ["when"] = new CypherDate(new DateOnly(2024, 5, 1)), ["n"] = 3L };
        var result = new List<object?> { shared, shared };

        ResultValues.Normalize(result);

        Assert.Equal(new DateTime(2024, 5, 1), Assert.IsType<DateTime>(shared["when"]));
        Assert.Equal(3, Assert.IsType<int>(shared["n"]));
    }

    [Fact]
    public void Read_only_maps_and_other_sequences_are_copied()
    {
        IReadOnlyDictionary<string, object?> map = new Dictionary<string, object?> { ["n"] = 1L }.AsReadOnly();
        var array = new object?[] { 2L };

        var copiedMap = Assert.IsType<Dictionary<string, object?>>(ResultValues.Normalize(map));
        var copiedList = Assert.IsType<List<object?>>(ResultValues.Normalize(array));

        Assert.Equal(1, copiedMap["n"]);
        Assert.Equal(2, copiedList[0]);
        Assert.Equal(2L, array[0]);
    }
}
