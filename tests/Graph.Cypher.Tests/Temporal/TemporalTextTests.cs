using Graph.Core.Values;

namespace Graph.Cypher.Tests.Temporal;

// Locks down the ISO text of temporal values as Neo4j's toString() prints it (seconds left out when they and the fraction are zero, as Java's ISO formatter does; fractions without trailing zeros; Z for UTC, durations per DurationValue.prettyPrint).
public sealed class TemporalTextTests
{
    private const long Second = 1_000_000_000L;

    [Fact]
    public void Times_leave_out_zero_seconds_and_trim_the_fraction()
    {
        Assert.Equal("00:00", new CypherLocalTime(0).ToString());
        Assert.Equal("00:00:01", new CypherLocalTime(Second).ToString());
        Assert.Equal("00:00:00.5", new CypherLocalTime(Second / 2).ToString());
        Assert.Equal("12:31:14.645", new CypherLocalTime((12 * 3600 + 31 * 60 + 14) * Second + 645_000_000).ToString());
        Assert.Equal("23:59:59.999999999", new CypherLocalTime(86_400 * Second - 1).ToString());
    }

    [Fact]
    public void Offsets_print_z_for_utc_and_seconds_only_when_present()
    {
        Assert.Equal("12:00Z", new CypherTime(12 * 3600 * Second, 0).ToString());
        Assert.Equal("12:00-01:30", new CypherTime(12 * 3600 * Second, -5400).ToString());
        Assert.Equal("12:00+01:00:30", new CypherTime(12 * 3600 * Second, 3630).ToString());
    }

    [Fact]
    public void Datetimes_append_the_zone_name_in_brackets()
    {
        var value = new CypherDateTime(new DateOnly(2015, 7, 21), (21 * 3600 + 40 * 60 + 32) * Second + 142_000_000, 3600, "Europe/London");
        Assert.Equal("2015-07-21T21:40:32.142+01:00[Europe/London]", value.ToString());
        Assert.Equal("0999-01-01", new CypherDate(new DateOnly(999, 1, 1)).ToString());
    }

    [Theory]
    [InlineData("RETURN toString(datetime('2000-01-02T00:00Z')) AS t", "2000-01-02T00:00Z")]
    [InlineData("RETURN toString(localdatetime('2015-07-21T21:40:32')) AS t", "2015-07-21T21:40:32")]
    [InlineData("RETURN toString(localtime('12:00')) AS t", "12:00")]
    [InlineData("RETURN toString(time('12:00:00.000+01:00')) AS t", "12:00+01:00")]
    [InlineData("RETURN toString(datetime('2015-07-21T21:40:00.000100+01:00[Europe/London]')) AS t", "2015-07-21T21:40:00.0001+01:00[Europe/London]")]
    public void To_string_prints_as_neo4j(string query, string expected)
    {
        using var db = new Execution.Db();
        Assert.Equal(expected, db.Scalar(query));
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(14, 0, 0, 0, "P1Y2M")]
    [InlineData(-14, 0, 0, 0, "P-1Y-2M")]
    [InlineData(0, 17, 43_200, 0, "P17DT12H")]
    [InlineData(0, 0, -1, 500_000_000, "PT-0.5S")]
    [InlineData(0, 0, -2, 300_000_000, "PT-1.7S")]
    [InlineData(0, 0, -3601, 500_000_000, "PT-1H-0.5S")]
    [InlineData(0, 0, -3661, 0, "PT-1H-1M-1S")]
    [InlineData(0, 0, 269_640, 0, "PT74H54M")]
    [InlineData(24_146, 2, 52_641, 545_000_000, "P2012Y2M2DT14H37M21.545S")]
    public void Durations_print_like_neo4j(long months, long days, long seconds, int nanos, string expected) =>
        Assert.Equal(expected, new CypherDuration(months, days, seconds, nanos).ToString());
}
