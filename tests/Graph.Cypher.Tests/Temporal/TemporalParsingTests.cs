using Graph.Core.Errors;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down parsing of temporal text: every date, time and zone form of the manual's "Temporal values" tables and examples, and the errors for text Neo4j rejects.
public sealed class TemporalParsingTests
{
    [Theory]
    [InlineData("2015-07-21", "2015-07-21")]
    [InlineData("20150721", "2015-07-21")]
    [InlineData("2015-07", "2015-07-01")]
    [InlineData("201507", "2015-07-01")]
    [InlineData("2015-W30-2", "2015-07-21")]
    [InlineData("2015W302", "2015-07-21")]
    [InlineData("2015-W30", "2015-07-20")]
    [InlineData("2015W30", "2015-07-20")]
    [InlineData("2015-Q2-60", "2015-05-30")]
    [InlineData("2015Q260", "2015-05-30")]
    [InlineData("2015-Q2", "2015-04-01")]
    [InlineData("2015Q2", "2015-04-01")]
    [InlineData("2015-202", "2015-07-21")]
    [InlineData("2015202", "2015-07-21")]
    [InlineData("2015", "2015-01-01")]
    [InlineData("+2015-W13-4", "2015-03-26")]
    public void Date_forms_from_the_manual(string text, string expected) =>
        Assert.Equal(expected, Text("date", text));

    [Theory]
    [InlineData("21:40:32.142", "21:40:32.142")]
    [InlineData("214032.142", "21:40:32.142")]
    [InlineData("21:40:32", "21:40:32")]
    [InlineData("214032", "21:40:32")]
    [InlineData("21:40", "21:40")]
    [InlineData("2140", "21:40")]
    [InlineData("21", "21:00")]
    [InlineData("12:50:35.556", "12:50:35.556")]
    [InlineData("21:40:32,5", "21:40:32.5")]
    public void Local_time_forms_from_the_manual(string text, string expected) =>
        Assert.Equal(expected, Text("localtime", text));

    [Theory]
    [InlineData("21:40:32.142+0100", "21:40:32.142+01:00")]
    [InlineData("214032.142Z", "21:40:32.142Z")]
    [InlineData("21:40:32+01:00", "21:40:32+01:00")]
    [InlineData("214032-0100", "21:40:32-01:00")]
    [InlineData("21:40-01:30", "21:40-01:30")]
    [InlineData("2140-00:00", "21:40Z")]
    [InlineData("2140-02", "21:40-02:00")]
    [InlineData("22+18:00", "22:00+18:00")]
    [InlineData("125035.556+0100", "12:50:35.556+01:00")]
    [InlineData("12:00", "12:00Z")]
    public void Time_forms_from_the_manual(string text, string expected) =>
        Assert.Equal(expected, Text("time", text));

    [Theory]
    [InlineData("2015-07-21T21:40:32.142+0100", "2015-07-21T21:40:32.142+01:00")]
    [InlineData("2015-W30-2T214032.142Z", "2015-07-21T21:40:32.142Z")]
    [InlineData("2015T214032-0100", "2015-01-01T21:40:32-01:00")]
    [InlineData("20150721T21:40-01:30", "2015-07-21T21:40-01:30")]
    [InlineData("2015-W30T2140-02", "2015-07-20T21:40-02:00")]
    [InlineData("2015202T21+18:00", "2015-07-21T21:00+18:00")]
    [InlineData("2015-07-21T21:40:32.142[Europe/London]", "2015-07-21T21:40:32.142+01:00[Europe/London]")]
    [InlineData("2015-07-21T21:40:32.142-04[America/New_York]", "2015-07-21T21:40:32.142-04:00[America/New_York]")]
    [InlineData("2015-06-24T12:50:35.556+0100", "2015-06-24T12:50:35.556+01:00")]
    [InlineData("2015-07-21T21:40", "2015-07-21T21:40Z")]
    [InlineData("2015-07-21", "2015-07-21T00:00Z")]
    public void Datetime_forms_from_the_manual(string text, string expected) =>
        Assert.Equal(expected, Text("datetime", text));

    [Theory]
    [InlineData("2015-07-21T21:40:32.142", "2015-07-21T21:40:32.142")]
    [InlineData("2015-W30-2T214032.142", "2015-07-21T21:40:32.142")]
    [InlineData("2015-202T21:40:32", "2015-07-21T21:40:32")]
    [InlineData("2015202T21", "2015-07-21T21:00")]
    [InlineData("2015185T19:32:24", "2015-07-04T19:32:24")]
    public void Local_datetime_forms_from_the_manual(string text, string expected) =>
        Assert.Equal(expected, Text("localdatetime", text));

    [Theory]
    [InlineData("date", "2015-13-01")]
    [InlineData("date", "2015-02-30")]
    [InlineData("date", "2015-00-10")]
    [InlineData("date", "2015-W54")]
    [InlineData("date", "2015-366")]
    [InlineData("localtime", "13:46:64")]
    [InlineData("localtime", "24:00")]
    [InlineData("time", "15:67")]
    public void Out_of_range_values_are_argument_errors(string function, string text) =>
        Assert.Equal(ErrorCodes.ArgumentError, Fails(function, text).Code);

    [Theory]
    [InlineData("date", "not a date")]
    [InlineData("date", "")]
    [InlineData("date", "15-07-21")]
    [InlineData("date", "2015-07-21T10:00")]
    [InlineData("date", "2015/07/21")]
    [InlineData("localtime", "21:40+01:00")]
    [InlineData("localtime", "2:40")]
    [InlineData("time", "21:40[Europe/Stockholm]")]
    [InlineData("localdatetime", "2015-07-21T21:40Z")]
    [InlineData("datetime", "2015-07-21T21:40:32.1234567891Z")]
    [InlineData("datetime", "2015-07-21T21:40+25:00")]
    [InlineData("datetime", "2015-07-21T21:40[Europe/Stockholm")]
    public void Unparseable_text_is_a_syntax_error_naming_the_type(string function, string text)
    {
        // Neo4j's TemporalParseException extends SyntaxException: Neo.ClientError.Statement.SyntaxError.
        var error = Fails(function, text);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.StartsWith("Text cannot be parsed to a", error.Message);
    }

    [Fact]
    public void Unknown_zone_name_is_a_syntax_error() =>
        // Neo4j: DateTimeValue.parseZoneName throws TemporalParseException (a SyntaxException).
        Assert.Equal(ErrorCodes.SyntaxError, Fails("datetime", "2015-07-21T21:40[Mars/Olympus_Mons]").Code);

    [Fact]
    public void Zone_names_match_case_insensitively_and_print_canonically() =>
        Assert.Equal("2015-07-21T21:40+02:00[Europe/Stockholm]", Text("datetime", "2015-07-21T21:40[europe/stockholm]"));

    [Fact]
    public void Offset_that_does_not_match_the_named_zone_is_an_argument_error() =>
        Assert.Equal(ErrorCodes.ArgumentError, Fails("datetime", "2015-07-21T21:40:32.142+05:00[Europe/London]").Code);

    [Fact]
    public void Null_gives_null() => Assert.Null(Call("date", [null]));

    [Fact]
    public void A_named_zone_in_a_summer_gap_moves_the_time_forward_like_java_time() =>
        // Europe/Stockholm skipped 02:00-03:00 on 2015-03-29.
        Assert.Equal("2015-03-29T03:30+02:00[Europe/Stockholm]", Text("datetime", "2015-03-29T02:30[Europe/Stockholm]"));

    [Fact]
    public void A_named_zone_in_an_autumn_overlap_takes_the_earlier_offset() =>
        Assert.Equal("2015-10-25T02:30+02:00[Europe/Stockholm]", Text("datetime", "2015-10-25T02:30[Europe/Stockholm]"));
}
