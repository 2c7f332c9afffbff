using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// ISO 8601 text to temporal instants, in the forms the Cypher manual lists ("Temporal values" >
/// specifying dates, times and time zones): calendar 2015-07-21 / 20150721 / 2015-07, week 2015-W30-2,
/// quarter 2015-Q2-60, ordinal 2015-202, year 2015; times 21:40:32.142 / 214032 / 21:40 / 21 with '.' or ','
/// fractions; offsets Z / ±HH / ±HHMM / ±HH:MM and, for datetimes, a [Zone/Name].
/// Text that fits no form is "Text cannot be parsed to a …"; a fitting form with an impossible value
/// (month 13, February 30) reports the value.
/// </summary>
internal static class TemporalParser
{
    public static CypherDate ParseDate(string text)
    {
        var pos = 0;
        if (!TryDate(text, ref pos, out var date) || pos != text.Length) throw TemporalErrors.CannotParse("Date", text);
        return new CypherDate(date);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var pos = text.Length > 0 && text[0] is 'T' or 't' ? 1 : 0;
        if (!TryTime(text, ref pos, out var nanoOfDay) || pos != text.Length) throw TemporalErrors.CannotParse("LocalTime", text);
        return new CypherLocalTime(nanoOfDay);
    }

    public static CypherTime ParseTime(string text, TemporalZone defaultZone, DateTimeOffset clock)
    {
        var pos = text.Length > 0 && text[0] is 'T' or 't' ? 1 : 0;
        if (!TryTime(text, ref pos, out var nanoOfDay)) throw TemporalErrors.CannotParse("Time", text);
        int offset;
        if (pos == text.Length)
            offset = defaultZone.Rules is null ? defaultZone.FixedOffset : defaultZone.OffsetAt(clock.ToUnixTimeSeconds());
        else if (!TemporalZone.TryParseOffset(text, ref pos, out offset) || pos != text.Length)
            throw TemporalErrors.CannotParse("Time", text);
        return new CypherTime(nanoOfDay, offset);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var pos = 0;
        if (!TryDate(text, ref pos, out var date)) throw TemporalErrors.CannotParse("LocalDateTime", text);
        long nanoOfDay = 0;
        if (pos < text.Length && text[pos] is 'T' or 't')
        {
            pos++;
            if (!TryTime(text, ref pos, out nanoOfDay)) throw TemporalErrors.CannotParse("LocalDateTime", text);
        }
        if (pos != text.Length) throw TemporalErrors.CannotParse("LocalDateTime", text);
        return new CypherLocalDateTime(date, nanoOfDay);
    }

    public static CypherDateTime ParseDateTime(string text, TemporalZone defaultZone)
    {
        var pos = 0;
        if (!TryDate(text, ref pos, out var date)) throw TemporalErrors.CannotParse("DateTime", text);
        long nanoOfDay = 0;
        int? offset = null;
        string? zoneName = null;
        if (pos < text.Length && text[pos] is 'T' or 't')
        {
            pos++;
            if (!TryTime(text, ref pos, out nanoOfDay)) throw TemporalErrors.CannotParse("DateTime", text);
            if (TemporalZone.TryParseOffset(text, ref pos, out var parsed)) offset = parsed;
            if (pos < text.Length && text[pos] == '[')
            {
                var close = text.IndexOf(']', pos);
                if (close < 0 || close != text.Length - 1 || close == pos + 1) throw TemporalErrors.CannotParse("DateTime", text);
                zoneName = text[(pos + 1)..close];
                pos = close + 1;
            }
        }
        if (pos != text.Length) throw TemporalErrors.CannotParse("DateTime", text);

        if (zoneName is not null)
        {
            var zone = TemporalZone.Named(zoneName.Replace(' ', '_'));
            if (offset is { } given)
            {
                // Offset and name together must agree (manual: "the offset must match the named time zone").
                if (!zone.Accepts(date, nanoOfDay, given))
                    throw TemporalErrors.Argument($"Timezone and offset do not match: {TemporalErrors.Clip(text)}");
                return new CypherDateTime(date, nanoOfDay, given, zone.Name);
            }
            return ZonedMath.FromLocal(date, nanoOfDay, zone);
        }
        return offset is { } fixedOffset
            ? new CypherDateTime(date, nanoOfDay, fixedOffset, null)
            : ZonedMath.FromLocal(date, nanoOfDay, defaultZone);
    }

    /// <summary>Reads a date at pos; stops before 'T' or the end.</summary>
    public static bool TryDate(string s, ref int pos, out DateOnly date)
    {
        date = default;
        var p = pos;
        long year;
        var signed = p < s.Length && s[p] is '+' or '-';
        if (signed)
        {
            var negative = s[p] == '-';
            p++;
            var digits = CountDigits(s, p);
            if (digits < 4 || digits > 9) return false;
            year = Number(s, p, digits);
            if (negative) year = -year;
            p += digits;
        }
        else
        {
            if (CountDigits(s, p) < 4) return false;
            year = Number(s, p, 4);
            p += 4;
        }

        if (AtDateEnd(s, p))
        {
            date = CalendarMath.FromCalendar(year, 1, 1);
            pos = p;
            return true;
        }

        var extended = s[p] == '-';
        if (extended) p++;
        else if (signed) return false; // a signed year must be separated from what follows
        if (p >= s.Length) return false;

        if (s[p] is 'W' or 'w')
        {
            p++;
            if (CountDigits(s, p) < 2) return false;
            var week = Number(s, p, 2);
            p += 2;
            long dayOfWeek = 1;
            if (extended && p < s.Length && s[p] == '-')
            {
                if (CountDigits(s, p + 1) != 1) return false;
                dayOfWeek = s[p + 1] - '0';
                p += 2;
            }
            else if (!extended && CountDigits(s, p) == 1)
            {
                dayOfWeek = s[p] - '0';
                p++;
            }
            if (!AtDateEnd(s, p)) return false;
            date = CalendarMath.FromWeek(year, week, dayOfWeek);
        }
        else if (s[p] is 'Q' or 'q')
        {
            p++;
            if (CountDigits(s, p) < 1) return false;
            var quarter = s[p] - '0';
            p++;
            long dayOfQuarter = 1;
            if (extended && p < s.Length && s[p] == '-')
            {
                if (CountDigits(s, p + 1) != 2) return false;
                dayOfQuarter = Number(s, p + 1, 2);
                p += 3;
            }
            else if (!extended && CountDigits(s, p) == 2)
            {
                dayOfQuarter = Number(s, p, 2);
                p += 2;
            }
            if (!AtDateEnd(s, p)) return false;
            date = CalendarMath.FromQuarter(year, quarter, dayOfQuarter);
        }
        else
        {
            var digits = CountDigits(s, p);
            if (digits == 3)
            {
                var ordinal = Number(s, p, 3);
                p += 3;
                if (!AtDateEnd(s, p)) return false;
                date = CalendarMath.FromOrdinal(year, ordinal);
            }
            else if (digits == 2 || (!extended && digits == 4))
            {
                var month = Number(s, p, 2);
                p += 2;
                long day = 1;
                if (!extended && digits == 4)
                {
                    day = Number(s, p, 2);
                    p += 2;
                }
                else if (extended && p < s.Length && s[p] == '-')
                {
                    if (CountDigits(s, p + 1) != 2) return false;
                    day = Number(s, p + 1, 2);
                    p += 3;
                }
                if (!AtDateEnd(s, p)) return false;
                date = CalendarMath.FromCalendar(year, month, day);
            }
            else
            {
                return false;
            }
        }
        pos = p;
        return true;
    }

    /// <summary>Reads HH[:MM[:SS[.fff]]] or HH[MM[SS[.fff]]] at pos.</summary>
    public static bool TryTime(string s, ref int pos, out long nanoOfDay)
    {
        nanoOfDay = 0;
        if (!TryTimeAmount(s, ref pos, out var hour, out var minute, out var second, out var nanos)) return false;
        nanoOfDay = CalendarMath.NanoOfDay(hour, minute, second, nanos);
        return true;
    }

    /// <summary>The time fields at pos, unchecked (durations allow 24 hours and 60 minutes).</summary>
    public static bool TryTimeAmount(string s, ref int pos, out long hour, out long minute, out long second, out long nanos)
    {
        hour = minute = second = nanos = 0;
        var p = pos;
        if (CountDigits(s, p) < 2) return false;
        hour = Number(s, p, 2);
        p += 2;
        var extended = p < s.Length && s[p] == ':';
        if (extended ? CountDigits(s, p + 1) >= 2 : CountDigits(s, p) >= 2)
        {
            if (extended) p++;
            minute = Number(s, p, 2);
            p += 2;
            var hasSecond = extended
                ? p < s.Length && s[p] == ':' && CountDigits(s, p + 1) >= 2
                : CountDigits(s, p) >= 2;
            if (hasSecond)
            {
                if (extended) p++;
                second = Number(s, p, 2);
                p += 2;
                if (p < s.Length && s[p] is '.' or ',')
                {
                    var digits = CountDigits(s, p + 1);
                    if (digits < 1 || digits > 9) return false;
                    nanos = Number(s, p + 1, digits);
                    for (var i = digits; i < 9; i++) nanos *= 10;
                    p += 1 + digits;
                }
            }
        }
        else if (extended)
        {
            return false;
        }
        if (p < s.Length && char.IsAsciiDigit(s[p])) return false;
        pos = p;
        return true;
    }

    private static bool AtDateEnd(string s, int p) => p == s.Length || s[p] is 'T' or 't';

    private static int CountDigits(string s, int p)
    {
        var n = 0;
        while (p + n < s.Length && char.IsAsciiDigit(s[p + n])) n++;
        return n;
    }

    private static long Number(string s, int p, int digits)
    {
        long value = 0;
        for (var i = 0; i < digits; i++) value = value * 10 + (s[p + i] - '0');
        return value;
    }
}
