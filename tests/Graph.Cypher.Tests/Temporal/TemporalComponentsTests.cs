using Graph.Core.Errors;
using Graph.Cypher.Functions.Temporal;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down component access (d.year, dt.timezone, dur.minutesOfHour, …) against the manual's "Components of temporal instants/durations" examples.
public sealed class TemporalComponentsTests
{
    private static readonly object Stockholm = Call("datetime", Map(("year", 1984L), ("month", 11L), ("day", 11L),
        ("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L), ("timezone", "Europe/Stockholm")))!;

    [Theory]
    [InlineData("year", 1984L)]
    [InlineData("quarter", 4L)]
    [InlineData("month", 10L)]
    [InlineData("week", 41L)]
    [InlineData("weekYear", 1984L)]
    [InlineData("day", 11L)]
    [InlineData("ordinalDay", 285L)]
    [InlineData("dayOfWeek", 4L)]
    [InlineData("weekDay", 4L)]
    [InlineData("dayOfQuarter", 11L)]
    [InlineData("quarterDay", 11L)]
    public void Date_components(string key, long expected) =>
        Assert.Equal(expected, Component(Call("date", Map(("year", 1984L), ("month", 10L), ("day", 11L)))!, key));

    [Theory]
    [InlineData("year", 1984L)]
    [InlineData("quarter", 4L)]
    [InlineData("month", 11L)]
    [InlineData("week", 45L)]
    [InlineData("weekYear", 1984L)]
    [InlineData("day", 11L)]
    [InlineData("ordinalDay", 316L)]
    [InlineData("dayOfWeek", 7L)]
    [InlineData("dayOfQuarter", 42L)]
    [InlineData("hour", 12L)]
    [InlineData("minute", 31L)]
    [InlineData("second", 14L)]
    [InlineData("millisecond", 645L)]
    [InlineData("microsecond", 645876L)]
    [InlineData("nanosecond", 645876123L)]
    [InlineData("offsetMinutes", 60L)]
    [InlineData("offsetSeconds", 3600L)]
    [InlineData("epochSeconds", 469020674L)]
    [InlineData("epochMillis", 469020674645L)]
    public void Zoned_datetime_components(string key, long expected) => Assert.Equal(expected, Component(Stockholm, key));

    [Fact]
    public void Zone_components_are_strings()
    {
        Assert.Equal("Europe/Stockholm", Component(Stockholm, "timezone"));
        Assert.Equal("+01:00", Component(Stockholm, "offset"));
        var fixedOffset = Call("datetime", "2015-07-21T21:40:32.142+0100")!;
        Assert.Equal("+01:00", Component(fixedOffset, "timezone"));
        Assert.Equal("-02:00", Component(Call("time", "12:00-02:00")!, "offset"));
    }

    [Fact]
    public void Week_year_differs_from_year_around_new_year() =>
        // 2021-01-01 is a Friday in ISO week 53 of 2020.
        Assert.Equal((2020L, 53L), ((long)Component(Call("date", "2021-01-01")!, "weekYear")!, (long)Component(Call("date", "2021-01-01")!, "week")!));

    [Fact]
    public void Keys_match_case_insensitively() => Assert.Equal(1984L, Component(Stockholm, "YEAR"));

    [Fact]
    public void Components_a_type_lacks_are_type_errors()
    {
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<Graph.Core.Errors.GraphException>(() => Component(Call("date", "2015-01-01")!, "hour")).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<Graph.Core.Errors.GraphException>(() => Component(Call("localdatetime", "2015-01-01T12:00")!, "timezone")).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<Graph.Core.Errors.GraphException>(() => Component(Call("time", "12:00Z")!, "epochSeconds")).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<Graph.Core.Errors.GraphException>(() => Component(Stockholm, "fortnight")).Code);
    }

    [Fact]
    public void Non_temporals_are_not_handled() => Assert.False(TemporalComponents.TryGet("2015-01-01", "year", out _));

    [Fact]
    public void Duration_month_based_components()
    {
        var d = Call("duration", Map(("years", 1L), ("months", 5L), ("days", 111L), ("minutes", 42L)))!;
        Assert.Equal(1L, Component(d, "years"));
        Assert.Equal(5L, Component(d, "quarters"));
        Assert.Equal(1L, Component(d, "quartersOfYear"));
        Assert.Equal(17L, Component(d, "months"));
        Assert.Equal(5L, Component(d, "monthsOfYear"));
        Assert.Equal(2L, Component(d, "monthsOfQuarter"));
    }

    [Fact]
    public void Duration_day_based_components()
    {
        var d = Call("duration", Map(("months", 5L), ("days", 25L), ("hours", 1L)))!;
        Assert.Equal(3L, Component(d, "weeks"));
        Assert.Equal(25L, Component(d, "days"));
        Assert.Equal(4L, Component(d, "daysOfWeek"));
    }

    [Fact]
    public void Duration_second_based_components()
    {
        var d = Call("duration", Map(("years", 1L), ("months", 1L), ("days", 1L), ("hours", 1L), ("minutes", 1L), ("seconds", 1L), ("nanoseconds", 111111111L)))!;
        Assert.Equal(1L, Component(d, "hours"));
        Assert.Equal(61L, Component(d, "minutes"));
        Assert.Equal(3661L, Component(d, "seconds"));
        Assert.Equal(3661111L, Component(d, "milliseconds"));
        Assert.Equal(3661111111L, Component(d, "microseconds"));
        Assert.Equal(3661111111111L, Component(d, "nanoseconds"));
        Assert.Equal(1L, Component(d, "minutesOfHour"));
        Assert.Equal(1L, Component(d, "secondsOfMinute"));
        Assert.Equal(111L, Component(d, "millisecondsOfSecond"));
        Assert.Equal(111111L, Component(d, "microsecondsOfSecond"));
        Assert.Equal(111111111L, Component(d, "nanosecondsOfSecond"));
    }

    [Fact]
    public void Unknown_duration_component_is_a_type_error() =>
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<Graph.Core.Errors.GraphException>(() => Component(Call("duration", "P1D")!, "year")).Code);
}
