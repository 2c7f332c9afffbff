using Graph.Core.Errors;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values.Temporal;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down that hostile or extreme temporal input ends in a structured GraphException, never a crash or hang.
public sealed class TemporalRobustnessTests
{
    [Theory]
    [InlineData("datetime", "2015-07-21T21:40[../../../../etc/passwd]")]
    [InlineData("datetime", "2015-07-21T21:40[/dev/zero]")]
    [InlineData("datetime", "2015-07-21T21:40[]")]
    [InlineData("date", "+999999999-01-01")]
    [InlineData("date", "9999-W52-7x")]
    [InlineData("duration", "P99999999999999999999Y")]
    [InlineData("duration", "PT1.1234567891S")]
    [InlineData("localtime", "99:99")]
    public void Hostile_text_is_a_structured_error(string function, string text) =>
        AssertInputError(Fails(function, text));

    [Fact]
    public void Very_long_text_fails_fast()
    {
        var text = "2015-07-21T21:40:32." + new string('1', 1_000_000);
        AssertInputError(Fails("datetime", text));
        AssertInputError(Fails("duration", "P" + new string('9', 1_000_000) + "D"));
    }

    /// <summary>Unparseable text is a SyntaxError, impossible values an ArgumentError; both are client errors.</summary>
    private static void AssertInputError(GraphException error)
    {
        Assert.Contains(error.Code, new[] { ErrorCodes.ArgumentError, ErrorCodes.SyntaxError });
        Assert.True(error.Message.Length < 300, "messages quote at most a clip of the input");
    }

    [Fact]
    public void Zone_names_that_look_like_paths_are_refused() =>
        AssertInputError(Fails("datetime", Map(("year", 2015L), ("timezone", "../../etc/localtime"))));

    [Fact]
    public void Utc_by_name_is_a_named_zone() =>
        Assert.Equal("2015-07-21T00:00Z[UTC]", Text("datetime", Map(("year", 2015L), ("month", 7L), ("day", 21L), ("timezone", "UTC"))));

    [Fact]
    public void Extreme_numbers_are_errors_not_overflows()
    {
        Assert.Throws<GraphException>(() => Call("date", Map(("year", long.MaxValue))));
        Assert.Throws<GraphException>(() => Call("datetime.fromepoch", long.MaxValue, 0L));
        Assert.Throws<GraphException>(() => Call("datetime", Map(("epochSeconds", 1e300))));
        Assert.Throws<GraphException>(() => Call("duration", Map(("years", 1e300))));
        Assert.Throws<GraphException>(() => Call("duration", Map(("days", long.MaxValue), ("weeks", 1L))));
        Assert.Throws<GraphException>(() => TemporalArithmetic.TryMultiply(Call("duration", "P1D")!, double.NaN, out _));
        Assert.Throws<GraphException>(() => TemporalArithmetic.TryMultiply(Call("duration", "PT2S")!, long.MaxValue, out _));
        Assert.Throws<GraphException>(() => TemporalArithmetic.TryAdd(Call("datetime", "9999-12-31T23:00[Pacific/Kiritimati]")!, Call("duration", "PT2H")!, out _));
    }

    [Fact]
    public void Times_wrap_even_for_the_largest_durations()
    {
        // Long.MAX_VALUE seconds is 55807 seconds past whole days: 12:00 + 15:30:07 wraps to 03:30:07.
        Assert.True(TemporalArithmetic.TryAdd(Call("localtime", "12:00")!, Call("duration", Map(("seconds", long.MaxValue)))!, out var result));
        Assert.Equal("03:30:07", result!.ToString());
    }

    [Fact]
    public void Dates_at_the_edges_of_the_supported_range()
    {
        Assert.Equal("9999-12-31", Text("date", "9999-W52-5"));
        Assert.Equal("0001-01-01", Text("date", "0001-W01-1"));
        Assert.Equal("0001-01-01", Text("date.truncate", "week", Call("date", "0001-01-03")));
        Assert.Equal("P9998Y11M30D", Text("duration.between", Call("date", "0001-01-01"), Call("date", "9999-12-31")));
    }
}
