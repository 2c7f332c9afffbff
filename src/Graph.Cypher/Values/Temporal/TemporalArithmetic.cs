using Graph.Core.Values;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Arithmetic where a temporal or duration takes part (date + duration, duration * 2, …).
/// Each Try method returns false when the operand types are not a combination it handles, so the
/// general operators can report a TypeError.
/// </summary>
/// <remarks>
/// Neo4j applies a duration unit by unit, largest first: months (clamped to the end of a shorter month),
/// then days, then seconds and nanoseconds. A unit the instant does not have is skipped: a date ignores the
/// time part except whole days of seconds, a time ignores months and days. Zoned datetimes move months and
/// days on the local calendar (keeping the offset when the zone allows) and seconds on the timeline.
/// </remarks>
internal static class TemporalArithmetic
{
    public static bool TryAdd(object left, object right, out object? result)
    {
        switch (left, right)
        {
            case (CypherDuration a, CypherDuration b):
                result = DurationMath.Add(a, b);
                return true;
            case (CypherDuration d, _) when IsInstant(right):
                result = Shift(right, d, 1);
                return true;
            case (_, CypherDuration d) when IsInstant(left):
                result = Shift(left, d, 1);
                return true;
            default:
                result = null;
                return false;
        }
    }

    public static bool TrySubtract(object left, object right, out object? result)
    {
        switch (left, right)
        {
            case (CypherDuration a, CypherDuration b):
                result = DurationMath.Subtract(a, b);
                return true;
            case (_, CypherDuration d) when IsInstant(left):
                result = Shift(left, d, -1);
                return true;
            default:
                result = null;
                return false;
        }
    }

    public static bool TryMultiply(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration d, long n) => DurationMath.Multiply(d, n),
            (CypherDuration d, double x) => DurationMath.Multiply(d, x),
            (long n, CypherDuration d) => DurationMath.Multiply(d, n),
            (double x, CypherDuration d) => DurationMath.Multiply(d, x),
            _ => null,
        };
        return result is not null;
    }

    public static bool TryDivide(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration d, long n) => DurationMath.Divide(d, n),
            (CypherDuration d, double x) => DurationMath.Divide(d, x),
            _ => null,
        };
        return result is not null;
    }

    private static bool IsInstant(object value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    /// <summary>Adds (sign 1) or subtracts (sign -1) a duration, unit by unit.</summary>
    public static object Shift(object instant, CypherDuration d, int sign)
    {
        try
        {
            checked
            {
                var months = sign * d.Months;
                var days = sign * d.Days;
                var nanos = sign * ((Int128)d.Seconds * CalendarMath.NanosPerSecond + d.Nanos);
                return instant switch
                {
                    CypherDate date => new CypherDate(ShiftDate(date.Value, months, days, sign * d.Seconds / CalendarMath.SecondsPerDay)),
                    CypherLocalTime t => new CypherLocalTime(ShiftTime(t.NanoOfDay, nanos)),
                    CypherTime t => new CypherTime(ShiftTime(t.NanoOfDay, nanos), t.OffsetSeconds),
                    CypherLocalDateTime dt => ShiftLocal(dt, months, days, nanos),
                    CypherDateTime dt => ShiftZoned(dt, months, days, nanos),
                    _ => throw new InvalidOperationException("not a temporal instant"),
                };
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("Temporal arithmetic overflow");
        }
    }

    private static DateOnly ShiftDate(DateOnly date, long months, long days, long extraDays)
    {
        if (months != 0) date = CalendarMath.PlusMonths(date, months);
        if (days != 0) date = CalendarMath.PlusDays(date, days);
        if (extraDays != 0) date = CalendarMath.PlusDays(date, extraDays);
        return date;
    }

    private static long ShiftTime(long nanoOfDay, Int128 nanos) =>
        (long)(((Int128)nanoOfDay + nanos % CalendarMath.NanosPerDay + CalendarMath.NanosPerDay) % CalendarMath.NanosPerDay);

    private static CypherLocalDateTime ShiftLocal(CypherLocalDateTime dt, long months, long days, Int128 nanos)
    {
        var date = ShiftDate(dt.Date, months, days, 0);
        var (d, n) = CalendarMath.PlusNanos(date, dt.NanoOfDay, nanos);
        return new CypherLocalDateTime(d, n);
    }

    private static CypherDateTime ShiftZoned(CypherDateTime dt, long months, long days, Int128 nanos)
    {
        var zone = ZonedMath.ZoneOf(dt);
        var value = dt;
        if (months != 0 || days != 0)
            value = ZonedMath.FromLocal(ShiftDate(dt.Date, months, days, 0), dt.NanoOfDay, zone, dt.OffsetSeconds);
        if (nanos == 0) return value;
        var total = ZonedMath.EpochNanos(value) + nanos;
        var (seconds, rest) = Int128.DivRem(total, CalendarMath.NanosPerSecond);
        if (rest < 0) { rest += CalendarMath.NanosPerSecond; seconds--; }
        if (seconds > 253402300799L || seconds < -62135596800L)
            throw TemporalErrors.Overflow("Date is out of the supported range (years 1 to 9999)");
        return ZonedMath.FromInstant((long)seconds, (long)rest, zone);
    }
}
