using System.Globalization;
using System.Text;

namespace Graph.Core.Values;

/// <summary>ISO 8601 text of temporal values the way Neo4j prints them.</summary>
public static class TemporalText
{
    public const long NanosPerSecond = 1_000_000_000L;

    public static string Date(DateOnly d)
    {
        var year = d.Year.ToString("D4", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{year}-{d.Month:D2}-{d.Day:D2}");
    }

    public static string Time(long nanoOfDay)
    {
        var h = nanoOfDay / (3600 * NanosPerSecond);
        var m = nanoOfDay / (60 * NanosPerSecond) % 60;
        var s = nanoOfDay / NanosPerSecond % 60;
        var n = nanoOfDay % NanosPerSecond;
        // Java's ISO formatter (Neo4j's toString): seconds only when seconds or a fraction are non-zero, the
        // fraction with as many digits as it needs.
        var text = string.Create(CultureInfo.InvariantCulture, $"{h:D2}:{m:D2}");
        if (s == 0 && n == 0) return text;
        text += string.Create(CultureInfo.InvariantCulture, $":{s:D2}");
        return n == 0 ? text : text + "." + Fraction(n);
    }

    public static string Offset(int seconds)
    {
        if (seconds == 0) return "Z";
        var sign = seconds < 0 ? '-' : '+';
        var abs = Math.Abs(seconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:D2}:{abs / 60 % 60:D2}");
        return abs % 60 == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $":{abs % 60:D2}");
    }

    public static string Duration(CypherDuration d)
    {
        // Neo4j normalises months into years+months and seconds into hours+minutes+seconds.
        var sb = new StringBuilder("P");
        var years = d.Months / 12;
        var months = d.Months % 12;
        if (years != 0) sb.Append(CultureInfo.InvariantCulture, $"{years}Y");
        if (months != 0) sb.Append(CultureInfo.InvariantCulture, $"{months}M");
        if (d.Days != 0) sb.Append(CultureInfo.InvariantCulture, $"{d.Days}D");
        var totalNanos = (Int128)d.Seconds * NanosPerSecond + d.Nanos;
        if (totalNanos != 0)
        {
            sb.Append('T');
            var negative = totalNanos < 0;
            var abs = negative ? -totalNanos : totalNanos;
            var hours = (long)(abs / (3600 * (Int128)NanosPerSecond));
            var minutes = (long)(abs / (60 * (Int128)NanosPerSecond) % 60);
            var secNanos = (long)(abs % (60 * (Int128)NanosPerSecond));
            var sign = negative ? "-" : "";
            if (hours != 0) sb.Append(CultureInfo.InvariantCulture, $"{sign}{hours}H");
            if (minutes != 0) sb.Append(CultureInfo.InvariantCulture, $"{sign}{minutes}M");
            if (secNanos != 0)
            {
                var s = secNanos / NanosPerSecond;
                var n = secNanos % NanosPerSecond;
                sb.Append(sign).Append(s.ToString(CultureInfo.InvariantCulture));
                if (n != 0) sb.Append('.').Append(Fraction(n));
                sb.Append('S');
            }
        }
        if (sb.Length == 1) sb.Append("T0S");
        return sb.ToString();
    }

    private static string Fraction(long nanos) => nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
}
