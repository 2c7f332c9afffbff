using System.Globalization;
using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// ISO 8601 durations as Neo4j reads them: the unit form P[nY][nM][nW][nD][T[nH][nM][nS]] (each number may
/// carry its own sign; only the last, smallest unit may have a fraction, seconds up to 9 digits), an
/// optional leading sign for the whole amount, and the date-and-time form P2012-02-02T14:37:21.545.
/// </summary>
internal static class DurationParser
{
    public static CypherDuration Parse(string text)
    {
        var s = text;
        var p = 0;
        var sign = 1;
        if (p < s.Length && s[p] is '+' or '-')
        {
            sign = s[p] == '-' ? -1 : 1;
            p++;
        }
        if (p >= s.Length || s[p] is not ('P' or 'p')) throw TemporalErrors.CannotParse("Duration", text);
        p++;
        var result = LooksDateBased(s, p) ? ParseDateBased(s, p, text) : ParseUnitBased(s, p, text);
        return sign < 0 ? DurationMath.Negate(result) : result;
    }

    private static bool LooksDateBased(string s, int p)
    {
        // P2012-02-02T…, P20120202T…, or PT14:37:21: digits run into '-' or ':' or a 4+ digit run without a unit letter.
        var q = p;
        if (q < s.Length && s[q] is 'T' or 't') q++;
        var digits = 0;
        while (q + digits < s.Length && char.IsAsciiDigit(s[q + digits])) digits++;
        if (digits == 0) return false;
        var next = q + digits < s.Length ? s[q + digits] : '\0';
        return next is '-' or ':' || (digits >= 4 && next is 'T' or 't' or '\0') || (digits == 2 && q > p && (next is '\0' || (next is '.' or ',' && NoUnitAfterFraction(s, q + digits + 1))));
    }

    // PT14.5 is the time form (hours and a fraction); PT59.999S is 59.999 seconds in the unit form.
    private static bool NoUnitAfterFraction(string s, int q)
    {
        while (q < s.Length && char.IsAsciiDigit(s[q])) q++;
        return q == s.Length;
    }

    private static CypherDuration ParseUnitBased(string s, int p, string text)
    {
        // values[i] for Y M W D H M S; fraction only allowed on the last unit present.
        Span<long> whole = stackalloc long[7];
        Span<bool> present = stackalloc bool[7];
        var fractionUnit = -1;
        double fraction = 0;
        long subSecondNanos = 0;
        var inTime = false;
        var last = -1;
        var any = false;
        while (p < s.Length)
        {
            if (s[p] is 'T' or 't')
            {
                if (inTime) throw TemporalErrors.CannotParse("Duration", text);
                inTime = true;
                p++;
                if (p >= s.Length) throw TemporalErrors.CannotParse("Duration", text);
                continue;
            }
            if (fractionUnit >= 0) throw TemporalErrors.CannotParse("Duration", text);
            var start = p;
            if (s[p] is '+' or '-') p++;
            var digitsStart = p;
            while (p < s.Length && char.IsAsciiDigit(s[p])) p++;
            if (p == digitsStart) throw TemporalErrors.CannotParse("Duration", text);
            var integerText = s.AsSpan(start, p - start);
            var fractionDigits = 0;
            var fractionStart = -1;
            if (p < s.Length && s[p] is '.' or ',')
            {
                fractionStart = p + 1;
                p++;
                while (p < s.Length && char.IsAsciiDigit(s[p])) p++;
                fractionDigits = p - fractionStart;
                if (fractionDigits == 0) throw TemporalErrors.CannotParse("Duration", text);
            }
            if (p >= s.Length) throw TemporalErrors.CannotParse("Duration", text);
            var unit = UnitIndex(char.ToUpperInvariant(s[p]), inTime);
            if (unit <= last) throw TemporalErrors.CannotParse("Duration", text);
            p++;
            last = unit;
            any = true;
            present[unit] = true;
            if (!long.TryParse(integerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out whole[unit]))
                throw TemporalErrors.Argument($"Duration component out of range: '{TemporalErrors.Clip(text)}'");
            if (fractionStart >= 0)
            {
                var negative = integerText[0] == '-';
                if (unit == 6)
                {
                    if (fractionDigits > 9) throw TemporalErrors.CannotParse("Duration", text);
                    subSecondNanos = long.Parse(s.AsSpan(fractionStart, fractionDigits), CultureInfo.InvariantCulture);
                    for (var i = fractionDigits; i < 9; i++) subSecondNanos *= 10;
                    if (negative) subSecondNanos = -subSecondNanos;
                }
                else
                {
                    fractionUnit = unit;
                    fraction = double.Parse("0." + s.Substring(fractionStart, fractionDigits), CultureInfo.InvariantCulture);
                    if (negative) fraction = -fraction;
                }
            }
        }
        if (!any) throw TemporalErrors.CannotParse("Duration", text);

        try
        {
            checked
            {
                var months = whole[0] * 12 + whole[1];
                var days = whole[2] * 7 + whole[3];
                var seconds = whole[4] * 3600 + whole[5] * 60 + whole[6];
                if (fractionUnit < 0) return DurationMath.Create(months, days, seconds, subSecondNanos);
                // A fractional unit is the last one: spread it over the smaller units.
                return fractionUnit switch
                {
                    0 => DurationMath.Approximate(months + fraction * 12, days, seconds, 0),
                    1 => DurationMath.Approximate(months + fraction, days, seconds, 0),
                    2 => DurationMath.Approximate(months, days + fraction * 7, seconds, 0),
                    3 => DurationMath.Approximate(months, days + fraction, seconds, 0),
                    4 => DurationMath.Approximate(months, days, seconds + fraction * 3600, 0),
                    _ => DurationMath.Approximate(months, days, seconds + fraction * 60, 0),
                };
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Argument($"Duration component out of range: '{TemporalErrors.Clip(text)}'");
        }
    }

    private static int UnitIndex(char unit, bool inTime) => (unit, inTime) switch
    {
        ('Y', false) => 0,
        ('M', false) => 1,
        ('W', false) => 2,
        ('D', false) => 3,
        ('H', true) => 4,
        ('M', true) => 5,
        ('S', true) => 6,
        _ => -1,
    };

    private static CypherDuration ParseDateBased(string s, int p, string text)
    {
        long months = 0, days = 0;
        if (p < s.Length && s[p] is not ('T' or 't'))
        {
            // The date part reads like a local date, but each field is an amount (month 0 is allowed).
            if (!ReadDigits(s, ref p, 4, out var year)) throw TemporalErrors.CannotParse("Duration", text);
            long month, day;
            if (p < s.Length && s[p] == '-')
            {
                p++;
                if (!ReadDigits(s, ref p, 2, out month) || p >= s.Length || s[p] != '-') throw TemporalErrors.CannotParse("Duration", text);
                p++;
                if (!ReadDigits(s, ref p, 2, out day)) throw TemporalErrors.CannotParse("Duration", text);
            }
            else if (!ReadDigits(s, ref p, 2, out month) || !ReadDigits(s, ref p, 2, out day))
            {
                throw TemporalErrors.CannotParse("Duration", text);
            }
            if (month > 12) throw TemporalErrors.Argument($"months is out of range: {month}");
            if (day > 31) throw TemporalErrors.Argument($"days is out of range: {day}");
            months = year * 12 + month;
            days = day;
        }
        long seconds = 0, nanos = 0;
        if (p < s.Length)
        {
            if (s[p] is not ('T' or 't')) throw TemporalErrors.CannotParse("Duration", text);
            p++;
            if (!TemporalParser.TryTimeAmount(s, ref p, out var hours, out var minutes, out var secs, out nanos) || p != s.Length)
                throw TemporalErrors.CannotParse("Duration", text);
            if (hours > 24) throw TemporalErrors.Argument($"hours out of range: {hours}");
            if (minutes > 60) throw TemporalErrors.Argument($"minutes out of range: {minutes}");
            if (secs > 60) throw TemporalErrors.Argument($"seconds out of range: {secs}");
            seconds = hours * 3600 + minutes * 60 + secs;
        }
        return DurationMath.Create(months, days, seconds, nanos);
    }

    private static bool ReadDigits(string s, ref int p, int count, out long value)
    {
        value = 0;
        for (var i = 0; i < count; i++)
        {
            if (p + i >= s.Length || !char.IsAsciiDigit(s[p + i])) return false;
            value = value * 10 + (s[p + i] - '0');
        }
        p += count;
        return true;
    }
}
