using Graph.Core.Values;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// Building durations the way Neo4j does: months, days and seconds stay apart (a month is not a fixed
/// number of days), nanoseconds are normalised into 0..999,999,999 with the seconds adjusted, and
/// fractional amounts cascade down (a fraction of a month becomes days by the average month of
/// 30.436875 days, a fraction of a day becomes seconds, and so on).
/// </summary>
internal static class DurationMath
{
    /// <summary>365.2425 / 12: the average Gregorian month in days.</summary>
    public const double AverageDaysPerMonth = 30.436875;

    /// <summary>The average Gregorian month in seconds.</summary>
    public const long AverageSecondsPerMonth = 2_629_746L;

    public static CypherDuration Create(long months, long days, long seconds, long nanos)
    {
        try
        {
            checked
            {
                seconds += nanos / CalendarMath.NanosPerSecond;
                var n = nanos % CalendarMath.NanosPerSecond;
                if (n < 0)
                {
                    seconds -= 1;
                    n += CalendarMath.NanosPerSecond;
                }
                return new CypherDuration(months, days, seconds, (int)n);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }

    /// <summary>Truncates each unit toward zero and carries the fraction into the next smaller unit.</summary>
    public static CypherDuration Approximate(double months, double days, double seconds, double nanos)
    {
        var m = ToLong(months);
        days += AverageDaysPerMonth * (months - m);
        var d = ToLong(days);
        seconds += CalendarMath.SecondsPerDay * (days - d);
        var s = ToLong(seconds);
        nanos += CalendarMath.NanosPerSecond * (seconds - s);
        var n = ToLong(nanos);
        return Create(m, d, s, n);
    }

    public static CypherDuration Add(CypherDuration a, CypherDuration b)
    {
        try
        {
            return Create(checked(a.Months + b.Months), checked(a.Days + b.Days), checked(a.Seconds + b.Seconds), (long)a.Nanos + b.Nanos);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }

    public static CypherDuration Negate(CypherDuration a)
    {
        try
        {
            return Create(checked(-a.Months), checked(-a.Days), checked(-a.Seconds), -(long)a.Nanos);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }

    public static CypherDuration Multiply(CypherDuration a, long factor)
    {
        try
        {
            checked
            {
                return Create(a.Months * factor, a.Days * factor, a.Seconds * factor, a.Nanos * factor);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }

    public static CypherDuration Multiply(CypherDuration a, double factor) =>
        Approximate(a.Months * factor, a.Days * factor, a.Seconds * factor, a.Nanos * factor);

    public static CypherDuration Divide(CypherDuration a, double divisor)
    {
        if (divisor == 0) throw TemporalErrors.Overflow("/ by zero");
        return Approximate(a.Months / divisor, a.Days / divisor, a.Seconds / divisor, a.Nanos / divisor);
    }

    private static long ToLong(double value)
    {
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value < -9.2233720368547758E18)
            throw TemporalErrors.Overflow("Duration is out of range");
        return (long)value;
    }
}
