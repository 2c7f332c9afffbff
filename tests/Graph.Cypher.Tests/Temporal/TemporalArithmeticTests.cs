using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values.Temporal;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down + - * / with temporals and durations (manual "Temporal operators" and "Temporal values" examples), and which combinations are refused.
public sealed class TemporalArithmeticTests
{
    private static object Add(object a, object b) => TemporalArithmetic.TryAdd(a, b, out var r) ? r! : throw new Xunit.Sdk.XunitException("not handled");

    private static object Sub(object a, object b) => TemporalArithmetic.TrySubtract(a, b, out var r) ? r! : throw new Xunit.Sdk.XunitException("not handled");

    private static object D(string text) => Call("duration", text)!;

    [Fact]
    public void Time_plus_duration_ignores_days_and_wraps_at_midnight() =>
        Assert.Equal("01:42:19Z", Add(Call("time", "13:42:19")!, Call("duration", Map(("days", 1L), ("hours", 12L)))!).ToString());

    [Fact]
    public void Durations_add_component_wise() =>
        Assert.Equal("P1M2DT25H", Add(Call("duration", Map(("days", 2L), ("hours", 7L)))!, Call("duration", Map(("months", 1L), ("hours", 18L)))!).ToString());

    [Fact]
    public void Duration_times_and_divided_by_numbers()
    {
        Assert.True(TemporalArithmetic.TryMultiply(Call("duration", Map(("hours", 5L), ("minutes", 21L)))!, 14L, out var product));
        Assert.Equal("PT74H54M", product!.ToString());
        Assert.True(TemporalArithmetic.TryDivide(Call("duration", Map(("hours", 3L), ("minutes", 16L)))!, 2L, out var quotient));
        Assert.Equal("PT1H38M", quotient!.ToString());
        Assert.True(TemporalArithmetic.TryMultiply(0.5, D("P1M"), out var half));
        // Half of the average month (30.436875 days): 15 days and 0.2184375 * 86400 = 18873 seconds.
        Assert.Equal("P15DT5H14M33S", half!.ToString());
    }

    [Fact]
    public void Dividing_a_duration_by_zero_is_an_overflow_argument_error()
    {
        // Neo4j divides through doubles and reports the infinite result: "Can not divide duration … without causing overflow."
        var error = Assert.Throws<GraphException>(() => TemporalArithmetic.TryDivide(D("P1D"), 0L, out _));
        Assert.Equal(ErrorCodes.ArgumentError, error.Code);
        Assert.StartsWith("Can not divide duration P1D with 0", error.Message);
    }

    [Fact]
    public void Duration_overflow_is_an_argument_error() =>
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => TemporalArithmetic.TryAdd(
            new CypherDuration(0, long.MaxValue, 0, 0), new CypherDuration(0, 1, 0, 0), out _)).Code);

    [Fact]
    public void Months_clamp_to_the_end_of_a_shorter_month()
    {
        Assert.Equal("2015-02-28", Add(Call("date", "2015-01-31")!, D("P1M")).ToString());
        Assert.Equal("2016-02-29", Add(Call("date", "2016-01-31")!, D("P1M")).ToString());
        Assert.Equal("2015-02-28", Sub(Call("date", "2015-03-31")!, D("P1M")).ToString());
    }

    [Fact]
    public void Months_apply_before_days()
    {
        // Jan 31 + 1 month = Feb 28, then + 1 day = Mar 1 (days first would give Mar 1 + 1 month = Apr 1).
        Assert.Equal("2015-03-01", Add(Call("date", "2015-01-31")!, D("P1M1D")).ToString());
    }

    [Fact]
    public void A_date_ignores_the_time_part_except_whole_days()
    {
        Assert.Equal("2015-07-21", Add(Call("date", "2015-07-21")!, D("PT23H")).ToString());
        Assert.Equal("2015-07-22", Add(Call("date", "2015-07-21")!, D("PT25H")).ToString());
        Assert.Equal("2015-07-20", Sub(Call("date", "2015-07-21")!, D("PT25H")).ToString());
    }

    [Fact]
    public void Last_day_of_next_month_example()
    {
        // date.truncate('month', date() + duration('P2M')) - duration('P1D') with date() = 2022-06-14.
        var firstOfMonthAfter = Call("date.truncate", "month", Add(Call("date")!, D("P2M")))!;
        Assert.Equal("2022-07-31", Sub(firstOfMonthAfter, D("P1D")).ToString());
    }

    [Fact]
    public void Local_datetime_carries_seconds_into_days() =>
        Assert.Equal("2015-07-22T01:00:00.5", Add(Call("localdatetime", "2015-07-21T23:00")!, D("PT2H0.5S")).ToString());

    [Fact]
    public void Zoned_datetime_keeps_local_time_across_dst_for_days_but_not_for_hours()
    {
        var beforeSwitch = Call("datetime", "2015-03-28T12:00[Europe/Stockholm]")!;
        Assert.Equal("2015-03-29T12:00+02:00[Europe/Stockholm]", Add(beforeSwitch, D("P1D")).ToString());
        Assert.Equal("2015-03-29T13:00+02:00[Europe/Stockholm]", Add(beforeSwitch, D("PT24H")).ToString());
    }

    [Fact]
    public void Less_than_one_day_apart_example()
    {
        var date1 = Call("datetime", "2015-07-21T21:40:32.142+0100")!;
        var date2 = Call("datetime", "2015-07-21T17:12:56.333+0100")!;
        Assert.True(TemporalComparison.Compare(date2, date1) < 0);
        Assert.True(TemporalComparison.Compare(Add(date2, D("P1D")), date1) > 0);
    }

    [Fact]
    public void Duration_plus_instant_commutes() =>
        Assert.Equal(Add(Call("date", "2015-07-21")!, D("P1D")), Add(D("P1D"), Call("date", "2015-07-21")!));

    [Fact]
    public void Refused_combinations_return_false()
    {
        var date = Call("date", "2015-07-21")!;
        Assert.False(TemporalArithmetic.TryAdd(date, date, out _));
        Assert.False(TemporalArithmetic.TrySubtract(date, date, out _));
        Assert.False(TemporalArithmetic.TrySubtract(D("P1D"), date, out _));
        Assert.False(TemporalArithmetic.TryAdd(D("P1D"), 1L, out _));
        Assert.False(TemporalArithmetic.TryMultiply(D("P1D"), D("P1D"), out _));
        Assert.False(TemporalArithmetic.TryDivide(2L, D("P1D"), out _));
        Assert.False(TemporalArithmetic.TryAdd(1L, 2L, out _));
    }

    [Fact]
    public void Leaving_the_supported_years_is_an_error_not_a_crash() =>
        Assert.Throws<GraphException>(() => Add(Call("date", "9999-12-31")!, D("P1D")));

    [Fact]
    public void Duration_subtraction() =>
        Assert.Equal(new CypherDuration(1, -1, 0, 0), Sub(D("P1M"), D("P1D")));
}
