using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down duration(): ISO text and map forms (fractions, signs, normalisation) and duration.between/inMonths/inDays/inSeconds, from the manual's duration page.
public sealed class DurationTests
{
    [Theory]
    [InlineData("P14DT16H12M", "P14DT16H12M")]
    [InlineData("P5M1.5D", "P5M1DT12H")]
    [InlineData("P0.75M", "P22DT19H51M49.5S")]
    [InlineData("PT0.75M", "PT45S")]
    [InlineData("P2.5W", "P17DT12H")]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    [InlineData("P1Y2M3W4DT5H6M7.089S", "P1Y2M25DT5H6M7.089S")]
    [InlineData("PT-0.5S", "PT-0.5S")]
    [InlineData("-P1DT2H", "P-1DT-2H")]
    [InlineData("P-1Y-2M", "P-1Y-2M")]
    [InlineData("PT90M", "PT1H30M")]
    [InlineData("PT0S", "PT0S")]
    [InlineData("p1d", "P1D")]
    [InlineData("PT1,5H", "PT1H30M")]
    [InlineData("PT59.999S", "PT59.999S")] // two digits and a fraction, then a unit: seconds, not the PThh time form
    [InlineData("PT-59.999S", "PT-59.999S")]
    public void Duration_text(string text, string expected) => Assert.Equal(expected, Text("duration", text));

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1")]
    [InlineData("1D")]
    [InlineData("P1D2Y")]
    [InlineData("P1.5Y2M")]
    [InlineData("PT1H2D")]
    [InlineData("P1.5DT1H")]
    [InlineData("P1DT")]
    [InlineData("duration")]
    public void Malformed_duration_text_is_a_syntax_error(string text)
    {
        var error = Fails("duration", text);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.StartsWith("Text cannot be parsed to a Duration", error.Message);
    }

    [Fact]
    public void Duration_maps_from_the_manual()
    {
        Assert.Equal("P14DT16H12M", Text("duration", Map(("days", 14L), ("hours", 16L), ("minutes", 12L))));
        Assert.Equal("P5M1DT12H", Text("duration", Map(("months", 5L), ("days", 1.5))));
        Assert.Equal("P22DT19H51M49.5S", Text("duration", Map(("months", 0.75))));
        Assert.Equal("P17DT12H", Text("duration", Map(("weeks", 2.5))));
        Assert.Equal("PT1M31.123456789S", Text("duration", Map(("minutes", 1.5), ("seconds", 1L), ("milliseconds", 123L), ("microseconds", 456L), ("nanoseconds", 789L))));
        Assert.Equal("PT1M31.123456789S", Text("duration", Map(("minutes", 1.5), ("seconds", 1L), ("nanoseconds", 123456789L))));
        Assert.Equal("P1DT12H", Text("duration", Map(("days", 1L), ("hours", 12L))));
        Assert.Equal("P9M", Text("duration", Map(("quarters", 3L))));
    }

    [Fact]
    public void Nanoseconds_are_normalised_into_the_seconds()
    {
        var d = (CypherDuration)Call("duration", Map(("seconds", 1L), ("nanoseconds", -1_500_000_000L)))!;
        Assert.Equal(new CypherDuration(0, 0, -1, 500_000_000), d);
        Assert.Equal("PT-0.5S", d.ToString());
    }

    [Fact]
    public void Invalid_duration_maps()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Fails("duration", Map()).Code);
        Assert.Equal(ErrorCodes.ArgumentError, Fails("duration", Map(("fortnights", 1L))).Code);
        Assert.Equal(ErrorCodes.TypeError, Fails("duration", Map(("days", "1"))).Code);
        Assert.Equal(ErrorCodes.TypeError, Fails("duration", 5L).Code);
        Assert.Null(Call("duration", [null]));
    }

    [Theory]
    [InlineData("between", "P1Y1M14D", "P-1Y-1M-14D", "P1DT21H40M32.142S", "PT14H30M", "P1YT4M50S", "PT1H")]
    [InlineData("inMonths", "P1Y1M", "P-1Y-1M", "PT0S", "PT0S", "P1Y", "PT0S")]
    [InlineData("inDays", "P410D", "P-410D", "P1D", "PT0S", "P366D", "PT0S")]
    public void Between_from_the_manual(string function, string forward, string backward, string dateToDatetime, string dateToTime, string localDatetimes, string acrossZones)
    {
        var name = "duration." + function;
        Assert.Equal(forward, Text(name, Call("date", "1984-10-11"), Call("date", "1985-11-25")));
        Assert.Equal(backward, Text(name, Call("date", "1985-11-25"), Call("date", "1984-10-11")));
        Assert.Equal(dateToDatetime, Text(name, Call("date", "1984-10-11"), Call("datetime", "1984-10-12T21:40:32.142+0100")));
        Assert.Equal(dateToTime, Text(name, Call("date", "2015-06-24"), Call("localtime", "14:30")));
        Assert.Equal(localDatetimes, Text(name, Call("localdatetime", "2015-07-21T21:40:32.142"), Call("localdatetime", "2016-07-21T21:45:22.142")));
        Assert.Equal(acrossZones, Text(name, StockholmMidnight("Europe/Stockholm"), StockholmMidnight("Europe/London")));
    }

    [Fact]
    public void Between_a_local_time_and_a_zoned_time_uses_the_zone_for_both() =>
        Assert.Equal("PT2H", Text("duration.between", Call("localtime", "14:30"), Call("time", "16:30+0100")));

    [Fact]
    public void In_seconds_from_the_manual()
    {
        Assert.Equal("PT24H", Text("duration.inSeconds", Call("date", "1984-10-11"), Call("date", "1984-10-12")));
        Assert.Equal("PT-24H", Text("duration.inSeconds", Call("date", "1984-10-12"), Call("date", "1984-10-11")));
        Assert.Equal("PT25H32.142S", Text("duration.inSeconds", Call("date", "1984-10-11"), Call("datetime", "1984-10-12T01:00:32.142+0100")));
        Assert.Equal("PT14H30M", Text("duration.inSeconds", Call("date", "2015-06-24"), Call("localtime", "14:30")));
        Assert.Equal("PT1H", Text("duration.inSeconds", StockholmMidnight("Europe/Stockholm"), StockholmMidnight("Europe/London")));
    }

    [Fact]
    public void Between_from_the_temporal_values_chapter()
    {
        Assert.Equal("P30Y8M13D", Text("duration.between", Call("date", "1984-10-11"), Call("date", "2015-06-24")));
        Assert.Equal("P299D", Text("duration.inDays", Call("date", "2014-10-11"), Call("date", "2015-08-06")));
    }

    [Fact]
    public void An_end_time_of_day_before_the_start_does_not_complete_the_last_day() =>
        // java.time's until: 2024-01-31T10:00 to 2024-03-01T09:00 is 29 days and 23 hours, not a month.
        Assert.Equal("P29DT23H", Text("duration.between", Call("localdatetime", "2024-01-31T10:00"), Call("localdatetime", "2024-03-01T09:00")));

    [Fact]
    public void Time_left_after_whole_days_is_measured_on_the_timeline_across_dst() =>
        // Stockholm's 2017-10-29 had 25 hours (clocks went back at 03:00).
        Assert.Equal("PT13H", Text("duration.between",
            Call("datetime", "2017-10-29T00:00[Europe/Stockholm]"), Call("datetime", "2017-10-29T12:00[Europe/Stockholm]")));

    [Fact]
    public void Whole_days_across_dst_stay_days() =>
        Assert.Equal("P1D", Text("duration.between",
            Call("datetime", "2017-10-28T12:00[Europe/Stockholm]"), Call("datetime", "2017-10-29T12:00[Europe/Stockholm]")));

    [Fact]
    public void Zoned_times_differ_in_utc_without_wrapping() =>
        // java.time OffsetTime.until: 00:30Z is 24.5 hours before 23:00-02:00 (01:00Z the next day) on a UTC clock face.
        Assert.Equal("PT-24H-30M", Text("duration.between", Call("time", "23:00-02:00"), Call("time", "00:30Z")));

    [Fact]
    public void Months_and_days_between_times_are_zero() =>
        Assert.Equal("PT0S", Text("duration.inDays", Call("localtime", "10:00"), Call("localtime", "12:00")));

    [Fact]
    public void Between_with_null_is_null() => Assert.Null(Call("duration.between", null, Call("date", "2015-01-01")));

    [Fact]
    public void Between_non_temporals_is_a_type_error() =>
        Assert.Equal(ErrorCodes.TypeError, Fails("duration.between", "2015-01-01", Call("date", "2015-01-01")).Code);

    private static object StockholmMidnight(string zone) =>
        Call("datetime", Map(("year", 2017L), ("month", 10L), ("day", 29L), ("hour", 0L), ("timezone", zone)))!;
}
