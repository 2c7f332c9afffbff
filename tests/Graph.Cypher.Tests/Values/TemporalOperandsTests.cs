using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Values;

// Locks down that operators and aggregates hand temporal operands to the temporal library and reject nonsense.
public class TemporalOperandsTests
{
    private static CypherDuration Dur(long months = 0, long days = 0, long seconds = 0, int nanos = 0) => new(months, days, seconds, nanos);

    [Fact]
    public void Date_plus_a_month_clamps_to_the_month_end()
    {
        var result = CypherOperators.Add(new CypherDate(new DateOnly(2023, 1, 31)), Dur(months: 1));
        Assert.Equal(new CypherDate(new DateOnly(2023, 2, 28)), result);
        Assert.Equal(result, CypherOperators.Add(Dur(months: 1), new CypherDate(new DateOnly(2023, 1, 31))));
    }

    [Fact]
    public void Durations_scale_and_negate()
    {
        Assert.Equal("P2D", CypherOperators.Multiply(Dur(days: 1), 2L)!.ToString());
        Assert.Equal("P-1D", CypherOperators.Negate(Dur(days: 1))!.ToString());
        Assert.Equal("PT12H", CypherOperators.Divide(Dur(days: 1), 2L)!.ToString());
    }

    [Fact]
    public void Meaningless_temporal_combinations_are_type_errors()
    {
        var date = new CypherDate(new DateOnly(2023, 4, 12));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Add(date, date)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Multiply(date, 2L)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Add(Dur(days: 1), 1L)).Code);
    }

    [Fact]
    public void Sum_and_avg_of_durations_follow_the_manual()
    {
        // Manual: sum over [P2DT3H, PT1H45S] is P2DT4H45S; avg is P1DT2H22.5S.
        var a = Dur(days: 2, seconds: 3 * 3600);
        var b = Dur(seconds: 3600 + 45);
        Assert.Equal("P2DT4H45S", Aggregate("sum", a, null, b)!.ToString());
        Assert.Equal("P1DT2H22.5S", Aggregate("avg", a, b)!.ToString());
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Aggregate("sum", a, 1L)).Code);
    }
}
