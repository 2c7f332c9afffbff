using Graph.Core.Errors;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Functions;

// Locks down the aggregating functions against the manual's "Aggregating functions" examples.
public class AggregateFunctionsTests
{
    // The manual's example graph: Person ages.
    private static readonly object?[] Ages = [58L, 70L, 55L, 55L, 71L];

    [Fact]
    public void Manual_examples_over_the_person_ages()
    {
        Assert.Equal(61.8, Aggregate("avg", Ages));
        Assert.Equal(L(58L, 70L, 55L, 55L, 71L), Aggregate("collect", Ages));
        Assert.Equal(5L, Aggregate("count", Ages));
        Assert.Equal(309L, Aggregate("sum", Ages));
        Assert.Equal(71L, Aggregate("max", Ages));
        Assert.Equal(55L, Aggregate("min", Ages));
        Assert.Equal(56.8, (double)AggregateWith("percentileCont", 0.4, Ages)!, 12);
        Assert.Equal(58L, AggregateWith("percentileDisc", 0.5, Ages));
        // Keanu Reeves, Liam Neeson, Carrie Anne Moss
        Assert.Equal(7.937253933193772, (double)Aggregate("stDev", 58L, 70L, 55L)!, 12);
        Assert.Equal(6.48074069840786, (double)Aggregate("stDevP", 58L, 70L, 55L)!, 12);
    }

    [Fact]
    public void Count_counts_non_null_values()
    {
        Assert.Equal(2L, Aggregate("count", 1L, null, "a"));
        Assert.Equal(0L, Aggregate("count"));
    }

    [Fact]
    public void A_collect_result_already_read_is_not_changed_by_later_rows()
    {
        Assert.True(Graph.Cypher.Functions.FunctionRegistry.TryGetAggregate("collect", out var def));
        var context = new FakeFunctionContext();
        var aggregator = def.Create();
        aggregator.Add([1L], context);
        var first = aggregator.Result(context);
        aggregator.Add([2L], context);
        Assert.Equal(L(1L), first);
        Assert.Equal(L(1L, 2L), aggregator.Result(context));
    }

    [Fact]
    public void Collect_skips_nulls()
    {
        // Manual: UNWIND [1, 2, null, 3] ... collect → [1, 2, 3]
        Assert.Equal(L(1L, 2L, 3L), Aggregate("collect", 1L, 2L, null, 3L));
        Assert.Equal(L(), Aggregate("collect", null, null));
    }

    [Fact]
    public void Sum_keeps_integers_and_widens_to_float()
    {
        Assert.Equal(6L, Aggregate("sum", 1L, 2L, null, 3L));
        Assert.Equal(6.5, Aggregate("sum", 1L, 2.5, 3L));
        Assert.Equal(0L, Aggregate("sum"));
    }

    [Fact]
    public void Sum_overflow_and_wrong_types_are_errors()
    {
        Assert.Equal(ErrorCodes.ArithmeticError, Assert.Throws<GraphException>(() => Aggregate("sum", long.MaxValue, 1L)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Aggregate("sum", 1L, "a")).Code);
    }

    [Fact]
    public void Avg_is_a_float_and_null_without_values()
    {
        Assert.Null(Aggregate("avg"));
        Assert.Null(Aggregate("avg", null, null));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Aggregate("avg", "x")).Code);
    }

    [Fact]
    public void Min_and_max_over_mixed_types_follow_orderability()
    {
        // Manual: UNWIND [1, 'a', null, 0.2, 'b', '1', '99'] → max 1, min '1'
        object?[] values = [1L, "a", null, 0.2, "b", "1", "99"];
        Assert.Equal(1L, Aggregate("max", values));
        Assert.Equal("1", Aggregate("min", values));
        // Manual: UNWIND [[1, 'a', 89], [1, 2]] → max [1, 2]; UNWIND ['d', [1, 2], ['a', 'c', 23]] → min ['a', 'c', 23]
        Assert.Equal(L(1L, 2L), Aggregate("max", L(1L, "a", 89L), L(1L, 2L)));
        Assert.Equal(L("a", "c", 23L), Aggregate("min", "d", L(1L, 2L), L("a", "c", 23L)));
        Assert.Null(Aggregate("min", null, null));
    }

    [Fact]
    public void Standard_deviation_of_too_few_values_is_zero()
    {
        // Manual: stDev(null) and stDevP(null) return 0.
        Assert.Equal(0.0, Aggregate("stDev", null, null));
        Assert.Equal(0.0, Aggregate("stDev", 5L));
        Assert.Equal(0.0, Aggregate("stDevP"));
    }

    [Fact]
    public void Percentiles_follow_the_manual()
    {
        Assert.Equal(13L, AggregateWith("percentileDisc", 0.0, 44L, 13L, 33L));
        Assert.Equal(44L, AggregateWith("percentileDisc", 1.0, 44L, 13L, 33L));
        Assert.Null(AggregateWith("percentileCont", 0.5, null, null));
    }

    [Fact]
    public void Percentile_outside_zero_to_one_is_an_argument_error()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => AggregateWith("percentileCont", 1.5, 1L)).Code);
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => AggregateWith("percentileDisc", -0.1, 1L)).Code);
    }

    [Fact]
    public void Aggregate_names_are_case_insensitive_and_separate_from_scalars()
    {
        Assert.True(Graph.Cypher.Functions.FunctionRegistry.TryGetAggregate("COLLECT", out _));
        Assert.False(Graph.Cypher.Functions.FunctionRegistry.TryGetScalar("collect", out _));
        Assert.False(Graph.Cypher.Functions.FunctionRegistry.TryGetAggregate("size", out _));
    }
}
