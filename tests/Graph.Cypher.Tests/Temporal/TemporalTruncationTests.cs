using Graph.Core.Errors;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down the five truncate functions with the manual's examples, including override maps and timezone replacement.
public sealed class TemporalTruncationTests
{
    private static object Zoned(string zone) => Call("datetime", Map(("year", 2017L), ("month", 11L), ("day", 11L),
        ("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L), ("timezone", zone)))!;

    [Theory]
    [InlineData("millennium", null, "2000-01-01")]
    [InlineData("century", null, "2000-01-01")]
    [InlineData("decade", null, "2010-01-01")]
    [InlineData("year", "day", "2017-01-05")]
    [InlineData("weekYear", null, "2017-01-02")]
    [InlineData("quarter", null, "2017-10-01")]
    [InlineData("month", null, "2017-11-01")]
    [InlineData("week", "dayOfWeek", "2017-11-07")]
    [InlineData("day", null, "2017-11-11")]
    public void Date_truncate(string unit, string? overrideKey, string expected)
    {
        var fields = overrideKey switch
        {
            "day" => Map(("day", 5L)),
            "dayOfWeek" => Map(("dayOfWeek", 2L)),
            _ => null,
        };
        Assert.Equal(expected, Text("date.truncate", unit, Zoned("+01:00"), fields));
    }

    [Fact]
    public void Date_truncate_to_the_thursday_of_a_week() =>
        Assert.Equal("2019-10-03", Text("date.truncate", "week", Call("date", "2019-10-01"), Map(("dayOfWeek", 4L))));

    [Fact]
    public void Datetime_truncate()
    {
        var d = Zoned("+03:00");
        Assert.Equal("2000-01-01T00:00+01:00[Europe/Stockholm]", Text("datetime.truncate", "millennium", d, Map(("timezone", "Europe/Stockholm"))));
        Assert.Equal("2017-01-05T00:00+03:00", Text("datetime.truncate", "year", d, Map(("day", 5L))));
        Assert.Equal("2017-11-01T00:00+03:00", Text("datetime.truncate", "month", d));
        Assert.Equal("2017-11-11T00:00:00.002+03:00", Text("datetime.truncate", "day", d, Map(("millisecond", 2L))));
        Assert.Equal("2017-11-11T12:00+03:00", Text("datetime.truncate", "hour", d));
        Assert.Equal("2017-11-11T12:31:14+03:00", Text("datetime.truncate", "second", d));
    }

    [Fact]
    public void Local_datetime_truncate()
    {
        var d = Call("localdatetime", Map(("year", 2017L), ("month", 11L), ("day", 11L), ("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L)));
        Assert.Equal("2000-01-01T00:00", Text("localdatetime.truncate", "millennium", d));
        Assert.Equal("2017-01-02T00:00", Text("localdatetime.truncate", "year", d, Map(("day", 2L))));
        Assert.Equal("2017-11-01T00:00", Text("localdatetime.truncate", "month", d));
        Assert.Equal("2017-11-11T00:00", Text("localdatetime.truncate", "day", d));
        Assert.Equal("2017-11-11T12:00:00.000000002", Text("localdatetime.truncate", "hour", d, Map(("nanosecond", 2L))));
        Assert.Equal("2017-11-11T12:31:14", Text("localdatetime.truncate", "second", d));
    }

    [Fact]
    public void Local_time_truncate()
    {
        var t = Call("time", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L), ("timezone", "-01:00")));
        Assert.Equal("00:00", Text("localtime.truncate", "day", t));
        Assert.Equal("12:00", Text("localtime.truncate", "hour", t));
        Assert.Equal("12:31:00.002", Text("localtime.truncate", "minute", t, Map(("millisecond", 2L))));
        Assert.Equal("12:31:14", Text("localtime.truncate", "second", t));
        Assert.Equal("12:31:14.645", Text("localtime.truncate", "millisecond", t));
        Assert.Equal("12:31:14.645876", Text("localtime.truncate", "microsecond", t));
    }

    [Fact]
    public void Time_truncate_keeps_the_offset()
    {
        var t = Call("time", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L), ("timezone", "-01:00")));
        Assert.Equal("00:00-01:00", Text("time.truncate", "day", t));
        Assert.Equal("12:00-01:00", Text("time.truncate", "hour", t));
        Assert.Equal("12:31-01:00", Text("time.truncate", "minute", t));
        Assert.Equal("12:31:14-01:00", Text("time.truncate", "second", t));
        Assert.Equal("12:31:14.645000002-01:00", Text("time.truncate", "millisecond", t, Map(("nanosecond", 2L))));
        Assert.Equal("12:31:14.645876-01:00", Text("time.truncate", "microsecond", t));
    }

    [Fact]
    public void Truncate_without_input_uses_the_clock() =>
        Assert.Equal("2022-01-01", Text("date.truncate", "year"));

    [Fact]
    public void Truncate_of_null_is_null() => Assert.Null(Call("date.truncate", "year", null));

    [Theory]
    [InlineData("date.truncate", "hour")]
    [InlineData("date.truncate", "fortnight")]
    [InlineData("time.truncate", "month")]
    [InlineData("datetime.truncate", "minute")]
    public void Unsupported_units_are_argument_errors(string function, string unit) =>
        Assert.Equal(ErrorCodes.ArgumentError, Fails(function, unit, Call("date", "2017-11-11")).Code);

    [Fact]
    public void Overrides_must_be_smaller_than_the_unit() =>
        Assert.Equal(ErrorCodes.ArgumentError, Fails("date.truncate", "day", Call("date", "2017-11-11"), Map(("month", 2L))).Code);
}
