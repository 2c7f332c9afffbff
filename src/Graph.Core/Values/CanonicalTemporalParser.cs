using System.Globalization;

namespace Graph.Core.Values;

/// <summary>
/// Reads temporals from the canonical ISO 8601 text Neo4j prints (Query API, --jsonl), e.g.
/// 2015-11-21T21:40:32.142+01:00[Europe/Stockholm] or P1Y2M3DT4H5M6.5S. Lenient Cypher forms (week
/// dates, basic format) are the engine's job; this is only the wire form.
/// </summary>
public static class CanonicalTemporalParser
{
    public static CypherDate Date(string text) => new(ParseDate(text.AsSpan()));

    public static CypherLocalTime LocalTime(string text) => new(ParseTime(text.AsSpan()));

    public static CypherTime Time(string text)
    {
        var split = OffsetStart(text, 0);
        return new CypherTime(ParseTime(text.AsSpan(0, split)), ParseOffset(text[split..]));
    }

    public static CypherLocalDateTime LocalDateTime(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0) throw Bad(text);
        return new CypherLocalDateTime(ParseDate(text.AsSpan(0, t)), ParseTime(text.AsSpan(t + 1)));
    }

    public static CypherDateTime DateTime(string text)
    {
        string? zone = null;
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            if (!text.EndsWith(']')) throw Bad(text);
            zone = text[(bracket + 1)..^1];
            text = text[..bracket];
        }
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0) throw Bad(text);
        var split = OffsetStart(text, t + 1);
        var date = ParseDate(text.AsSpan(0, t));
        var time = ParseTime(text.AsSpan(t + 1, split - t - 1));
        var offset = split < text.Length ? ParseOffset(text[split..]) : ZoneOffset(zone, date, time);
        return new CypherDateTime(date, time, offset, zone);
    }

    public static CypherDuration Duration(string text)
    {
        if (text.Length < 2 || text[0] != 'P') throw Bad(text);
        long months = 0, days = 0, seconds = 0, nanos = 0;
        var inTime = false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                inTime = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '-' or '+' or '.')) i++;
            if (i == start || i >= text.Length) throw Bad(text);
            var number = text[start..i];
            var unit = text[i++];
            switch (inTime, unit)
            {
                case (false, 'Y'): months += 12 * long.Parse(number, CultureInfo.InvariantCulture); break;
                case (false, 'M'): months += long.Parse(number, CultureInfo.InvariantCulture); break;
                case (false, 'W'): days += 7 * long.Parse(number, CultureInfo.InvariantCulture); break;
                case (false, 'D'): days += long.Parse(number, CultureInfo.InvariantCulture); break;
                case (true, 'H'): seconds += 3600 * long.Parse(number, CultureInfo.InvariantCulture); break;
                case (true, 'M'): seconds += 60 * long.Parse(number, CultureInfo.InvariantCulture); break;
                case (true, 'S'):
                    var value = decimal.Parse(number, CultureInfo.InvariantCulture);
                    var whole = decimal.Truncate(value);
                    seconds += (long)whole;
                    nanos += (long)((value - whole) * 1_000_000_000m);
                    break;
                default: throw Bad(text);
            }
        }
        seconds += nanos / TemporalText.NanosPerSecond;
        nanos %= TemporalText.NanosPerSecond;
        if (nanos < 0)
        {
            nanos += TemporalText.NanosPerSecond;
            seconds--;
        }
        return new CypherDuration(months, days, seconds, (int)nanos);
    }

    private static DateOnly ParseDate(ReadOnlySpan<char> s)
    {
        // Years may carry a sign and more than four digits (+999999999-12-31).
        var dash = s[1..].IndexOf('-') + 1;
        if (dash <= 0 || s.Length < dash + 6) throw Bad(s.ToString());
        var year = int.Parse(s[..dash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var month = int.Parse(s.Slice(dash + 1, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(s.Slice(dash + 4, 2), CultureInfo.InvariantCulture);
        return new DateOnly(year, month, day);
    }

    private static long ParseTime(ReadOnlySpan<char> s)
    {
        if (s.Length < 5) throw Bad(s.ToString());
        long hour = int.Parse(s[..2], CultureInfo.InvariantCulture);
        long minute = int.Parse(s.Slice(3, 2), CultureInfo.InvariantCulture);
        long second = s.Length >= 8 ? int.Parse(s.Slice(6, 2), CultureInfo.InvariantCulture) : 0;
        long nanos = 0;
        if (s.Length > 9 && s[8] == '.')
        {
            var fraction = s[9..].ToString().PadRight(9, '0')[..9];
            nanos = long.Parse(fraction, CultureInfo.InvariantCulture);
        }
        return ((hour * 60 + minute) * 60 + second) * TemporalText.NanosPerSecond + nanos;
    }

    private static int OffsetStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is 'Z' or '+' or '-') return i;
        }
        return text.Length;
    }

    private static int ParseOffset(string text)
    {
        if (text == "Z") return 0;
        var sign = text[0] == '-' ? -1 : 1;
        var parts = text[1..].Split(':');
        var seconds = int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600;
        if (parts.Length > 1) seconds += int.Parse(parts[1], CultureInfo.InvariantCulture) * 60;
        if (parts.Length > 2) seconds += int.Parse(parts[2], CultureInfo.InvariantCulture);
        return sign * seconds;
    }

    private static int ZoneOffset(string? zone, DateOnly date, long nanoOfDay)
    {
        if (zone is null) return 0;
        var zoneInfo = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanoOfDay / 100);
        return (int)zoneInfo.GetUtcOffset(local).TotalSeconds;
    }

    private static FormatException Bad(string text) => new($"'{text}' is not a canonical temporal value.");
}
