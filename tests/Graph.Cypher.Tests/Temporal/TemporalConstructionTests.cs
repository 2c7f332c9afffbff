using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down building temporals from maps, other temporals, epochs and the clock, with the manual's "Temporal functions - instant types" examples.
// The manual's result tables sometimes drop ":00" seconds (Java's toString); Neo4j's toString() always prints seconds, so expectations here do.
public sealed class TemporalConstructionTests
{
    [Fact]
    public void Calendar_week_quarter_and_ordinal_dates()
    {
        Assert.Equal("1984-10-11", Text("date", Map(("year", 1984L), ("month", 10L), ("day", 11L))));
        Assert.Equal("1984-10-01", Text("date", Map(("year", 1984L), ("month", 10L))));
        Assert.Equal("1984-01-01", Text("date", Map(("year", 1984L))));
        Assert.Equal("1984-03-07", Text("date", Map(("year", 1984L), ("week", 10L), ("dayOfWeek", 3L))));
        Assert.Equal("1984-03-05", Text("date", Map(("year", 1984L), ("week", 10L))));
        Assert.Equal("1984-08-14", Text("date", Map(("year", 1984L), ("quarter", 3L), ("dayOfQuarter", 45L))));
        Assert.Equal("1984-07-01", Text("date", Map(("year", 1984L), ("quarter", 3L))));
        Assert.Equal("1984-07-20", Text("date", Map(("year", 1984L), ("ordinalDay", 202L))));
    }

    [Fact]
    public void Date_selected_from_other_temporals_with_overrides()
    {
        object[] sources =
        [
            Call("date", Map(("year", 1984L), ("month", 11L), ("day", 11L)))!,
            Call("localdatetime", Map(("year", 1984L), ("month", 11L), ("day", 11L), ("hour", 12L), ("minute", 31L), ("second", 14L)))!,
            Call("datetime", Map(("year", 1984L), ("month", 11L), ("day", 11L), ("hour", 12L), ("timezone", "+01:00")))!,
        ];
        foreach (var dd in sources)
        {
            Assert.Equal("1984-11-11", Text("date", Map(("date", dd))));
            Assert.Equal("1984-11-28", Text("date", Map(("date", dd), ("day", 28L))));
            Assert.Equal("1984-11-11", Text("date", dd));
        }
    }

    [Theory]
    [InlineData("1984-10-11T12:31:14.123456789Z", 14L, 123L, 456L, 789L, null)]
    [InlineData("1984-10-11T12:31:14.645+01:00", 14L, 645L, null, null, "+01:00")]
    [InlineData("1984-10-11T12:31:14+01:00", 14L, null, null, null, "+01:00")]
    [InlineData("1984-10-11T12:31:14Z", 14L, null, null, null, null)]
    public void Calendar_datetimes(string expected, long second, long? ms, long? us, long? ns, string? zone)
    {
        var map = Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("minute", 31L), ("second", second),
            ("millisecond", ms), ("microsecond", us), ("nanosecond", ns), ("timezone", zone));
        Assert.Equal(expected, Text("datetime", map));
    }

    [Fact]
    public void Datetimes_in_named_zones_take_the_zone_offset_of_that_date()
    {
        Assert.Equal("1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]", Text("datetime",
            Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L), ("timezone", "Europe/Stockholm"))));
        Assert.Equal("1984-10-11T00:00+01:00[Europe/Stockholm]", Text("datetime",
            Map(("year", 1984L), ("month", 10L), ("day", 11L), ("timezone", "Europe/Stockholm"))));
        Assert.Equal("1984-08-14T12:00+02:00[Europe/Stockholm]", Text("datetime",
            Map(("year", 1984L), ("quarter", 3L), ("dayOfQuarter", 45L), ("hour", 12L), ("timezone", "Europe/Stockholm"))));
        Assert.Equal("1984-07-20T00:00+02:00[Europe/Stockholm]", Text("datetime",
            Map(("year", 1984L), ("ordinalDay", 202L), ("timezone", "Europe/Stockholm"))));
        Assert.Equal("1984-03-07T12:31:14.645876+01:00", Text("datetime",
            Map(("year", 1984L), ("week", 10L), ("dayOfWeek", 3L), ("hour", 12L), ("minute", 31L), ("second", 14L), ("microsecond", 645876L), ("timezone", "+01:00"))));
    }

    [Fact]
    public void Datetime_from_a_date_with_time_components()
    {
        var dd = Call("date", Map(("year", 1984L), ("month", 10L), ("day", 11L)));
        Assert.Equal("1984-10-11T10:10:10Z", Text("datetime", Map(("date", dd), ("hour", 10L), ("minute", 10L), ("second", 10L))));
        Assert.Equal("1984-10-11T10:10:10+05:00", Text("datetime", Map(("date", dd), ("hour", 10L), ("minute", 10L), ("second", 10L), ("timezone", "+05:00"))));
        Assert.Equal("1984-10-28T10:10:10-10:00[Pacific/Honolulu]", Text("datetime",
            Map(("date", dd), ("day", 28L), ("hour", 10L), ("minute", 10L), ("second", 10L), ("timezone", "Pacific/Honolulu"))));
    }

    [Fact]
    public void Datetime_from_a_zoned_time_converts_when_the_zone_is_overridden()
    {
        var tt = Call("time", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("microsecond", 645876L), ("timezone", "+01:00")));
        Assert.Equal("1984-10-11T12:31:14.645876+01:00", Text("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("time", tt))));
        Assert.Equal("1984-10-11T16:31:14.645876+05:00", Text("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("time", tt), ("timezone", "+05:00"))));
        Assert.Equal("1984-10-11T12:31:42.645876+01:00", Text("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("time", tt), ("second", 42L))));
        Assert.Equal("1984-10-11T01:31:42.645876-10:00[Pacific/Honolulu]", Text("datetime",
            Map(("year", 1984L), ("month", 10L), ("day", 11L), ("time", tt), ("second", 42L), ("timezone", "Pacific/Honolulu"))));
    }

    [Fact]
    public void Datetime_from_a_date_and_a_local_time_attaches_the_zone()
    {
        var dd = Call("date", Map(("year", 1984L), ("month", 10L), ("day", 11L)));
        var tt = Call("localtime", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("millisecond", 645L)));
        Assert.Equal("1984-10-11T12:31:14.645Z", Text("datetime", Map(("date", dd), ("time", tt))));
        Assert.Equal("1984-10-11T12:31:14.645+05:00", Text("datetime", Map(("date", dd), ("time", tt), ("timezone", "+05:00"))));
        Assert.Equal("1984-10-28T12:31:42.645-10:00[Pacific/Honolulu]", Text("datetime",
            Map(("date", dd), ("time", tt), ("day", 28L), ("second", 42L), ("timezone", "Pacific/Honolulu"))));
    }

    [Fact]
    public void Datetime_from_a_datetime_keeps_the_instant_when_the_zone_changes()
    {
        var dd = Call("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("timezone", "Europe/Stockholm")));
        Assert.Equal("1984-10-11T12:00+01:00[Europe/Stockholm]", Text("datetime", Map(("datetime", dd))));
        Assert.Equal("1984-10-11T16:00+05:00", Text("datetime", Map(("datetime", dd), ("timezone", "+05:00"))));
        Assert.Equal("1984-10-28T12:00:42+01:00[Europe/Stockholm]", Text("datetime", Map(("datetime", dd), ("day", 28L), ("second", 42L))));
        Assert.Equal("1984-10-28T01:00:42-10:00[Pacific/Honolulu]", Text("datetime",
            Map(("datetime", dd), ("day", 28L), ("second", 42L), ("timezone", "Pacific/Honolulu"))));
    }

    [Fact]
    public void Local_datetimes_and_times()
    {
        Assert.Equal("1984-10-11T12:31:14.123456789", Text("localdatetime",
            Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("minute", 31L), ("second", 14L), ("millisecond", 123L), ("microsecond", 456L), ("nanosecond", 789L))));
        Assert.Equal("1984-08-14T12:31:14.645876123", Text("localdatetime",
            Map(("year", 1984L), ("quarter", 3L), ("dayOfQuarter", 45L), ("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 645876123L))));
        var tt = Call("time", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("microsecond", 645876L), ("timezone", "+01:00")));
        Assert.Equal("1984-10-11T12:31:42.645876", Text("localdatetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("time", tt), ("second", 42L))));
        var dt = Call("datetime", Map(("year", 1984L), ("month", 10L), ("day", 11L), ("hour", 12L), ("timezone", "+01:00")));
        Assert.Equal("1984-10-28T12:00:42", Text("localdatetime", Map(("datetime", dt), ("day", 28L), ("second", 42L))));
        Assert.Equal("12:31:14.123456789", Text("localtime", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("nanosecond", 789L), ("millisecond", 123L), ("microsecond", 456L))));
        Assert.Equal("12:00", Text("localtime", Map(("hour", 12L))));
        Assert.Equal("12:31:42.645876", Text("localtime", Map(("time", tt), ("second", 42L))));
        Assert.Equal("12:31:14.645876", Text("localtime", tt));
    }

    [Fact]
    public void Zoned_times()
    {
        Assert.Equal("12:31:14.123456789Z", Text("time", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("millisecond", 123L), ("microsecond", 456L), ("nanosecond", 789L))));
        Assert.Equal("12:31+01:00", Text("time", Map(("hour", 12L), ("minute", 31L), ("timezone", "+01:00"))));
        var tt = Call("localtime", Map(("hour", 12L), ("minute", 31L), ("second", 14L), ("microsecond", 645876L)));
        Assert.Equal("12:31:14.645876Z", Text("time", Map(("time", tt))));
        Assert.Equal("12:31:14.645876+05:00", Text("time", Map(("time", tt), ("timezone", "+05:00"))));
        Assert.Equal("12:31:42.645876+05:00", Text("time", Map(("time", tt), ("second", 42L), ("timezone", "+05:00"))));
        var zoned = Call("time", "12:00+01:00");
        Assert.Equal("16:00+05:00", Text("time", Map(("time", zoned), ("timezone", "+05:00"))));
    }

    [Fact]
    public void Epoch_forms()
    {
        Assert.Equal("1983-06-18T15:15Z", Text("datetime", Map(("epochMillis", 424797300000L))));
        Assert.Equal("2023-05-02T04:00:00.123456789Z", Text("datetime.fromepoch", 1683000000L, 123456789L));
        Assert.Equal("2024-08-21T00:00Z", Text("datetime.fromepochmillis", 1724198400000L));
        Assert.Equal("2022-06-14T10:02:30.000000023Z", Text("datetime", Map(("epochSeconds", 1655200950L), ("nanosecond", 23L))));
        Assert.Equal("1970-01-01T01:00+01:00[Europe/Stockholm]", Text("datetime", Map(("epochSeconds", 0L), ("timezone", "Europe/Stockholm"))));
    }

    [Fact]
    public void Current_values_read_the_statement_clock_in_the_requested_zone()
    {
        Assert.Equal("2022-06-14T10:02:28.192Z", Text("datetime"));
        Assert.Equal("2022-06-14", Text("date"));
        Assert.Equal("10:02:28.192Z", Text("time"));
        Assert.Equal("2022-06-14T10:02:28.192", Text("localdatetime.statement"));
        Assert.Equal("2022-06-14T03:02:28.192-07:00[America/Los_Angeles]", Text("datetime", Map(("timezone", "America/Los Angeles"))));
        Assert.Equal("03:02:28.192-07:00", Text("time.transaction", "America/Los_Angeles"));
        Assert.Equal("03:02:28.192", Text("localtime.realtime", "America/Los_Angeles"));
        Assert.Equal(Call("date.statement"), Call("date.realtime"));
    }

    [Theory]
    [MemberData(nameof(InvalidMaps))]
    public void Invalid_maps_are_argument_errors(string function, Dictionary<string, object?> map) =>
        Assert.Equal(ErrorCodes.ArgumentError, Fails(function, map).Code);

    public static TheoryData<string, Dictionary<string, object?>> InvalidMaps() => new()
    {
        { "date", Map() },
        { "date", Map(("month", 3L)) },
        { "date", Map(("year", 2020L), ("day", 3L)) },
        { "date", Map(("year", 2020L), ("month", 13L)) },
        { "date", Map(("year", 2021L), ("month", 2L), ("day", 29L)) },
        { "date", Map(("year", 2020L), ("month", 1L), ("week", 3L)) },
        { "date", Map(("year", 2020L), ("dayOfWeek", 3L)) },
        { "date", Map(("year", 2020L), ("hour", 3L)) },
        { "date", Map(("year", 2020L), ("bogus", 3L)) },
        { "localtime", Map(("hour", 12L), ("second", 3L)) },
        { "localtime", Map(("hour", 12L), ("minute", 3L), ("millisecond", 3L)) },
        { "localtime", Map(("hour", 24L)) },
        { "localtime", Map(("year", 2020L)) },
        { "datetime", Map(("year", 1984L), ("hour", 12L), ("minute", 1L), ("second", 1L), ("millisecond", 1L), ("microsecond", 1000L)) },
        { "localdatetime", Map(("year", 1984L), ("timezone", "+01:00")) },
    };

    [Fact]
    public void Unknown_timezone_in_a_map_is_a_syntax_error() =>
        Assert.Equal(ErrorCodes.SyntaxError, Fails("datetime", Map(("year", 1984L), ("timezone", "Nowhere/Special"))).Code);

    [Fact]
    public void Non_integer_components_are_type_errors() =>
        Assert.Equal(ErrorCodes.TypeError, Fails("date", Map(("year", "1984"))).Code);

    [Fact]
    public void Wrong_argument_kinds_are_type_errors()
    {
        Assert.Equal(ErrorCodes.TypeError, Fails("date", 20150721L).Code);
        Assert.Equal(ErrorCodes.TypeError, Fails("date", Call("localtime", "12:00")).Code);
        Assert.Equal(ErrorCodes.TypeError, Fails("localtime", Call("date", "2015-01-01")).Code);
        Assert.Equal(ErrorCodes.TypeError, Fails("date", Map(("date", Call("localtime", "12:00")))).Code);
        Assert.Equal(ErrorCodes.ArgumentError, Fails("date", Map(("date", "2015-01-01"))).Code);
    }

    [Fact]
    public void Conversions_between_kinds()
    {
        var dt = Call("datetime", "2015-07-21T21:40:32.142+01:00");
        Assert.Equal(new CypherDate(new DateOnly(2015, 7, 21)), Call("date", dt));
        Assert.Equal("2015-07-21T21:40:32.142", Text("localdatetime", dt));
        Assert.Equal("21:40:32.142+01:00", Text("time", dt));
        Assert.Equal("2015-07-21T00:00Z", Text("datetime", Call("date", dt)));
        Assert.Equal("21:40:32.142Z", Text("time", Call("localtime", dt)));
    }
}
