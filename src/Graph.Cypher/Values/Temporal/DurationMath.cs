using Graph.Core.Values;

namespace Graph.Cypher.Values.Temporal;

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

    /// <summary>The average Gregorian month in nanoseconds (exact in a double).</summary>
    private const double AverageNanosPerMonth = AverageSecondsPerMonth * 1e9;

    private const double NanosPerDay = 86_400e9;

    public static CypherDuration Create(long months, long days, long seconds, long nanos)
    {
        if (TryCreate(months, days, seconds, nanos, out var duration)) return duration;
        throw TemporalErrors.Argument($"Invalid value for duration, will cause overflow. Value was months={months}, days={days}, seconds={seconds}, nanos={nanos}");
    }

    private static bool TryCreate(long months, long days, long seconds, long nanos, out CypherDuration duration)
    {
        duration = default;
        var carry = nanos / CalendarMath.NanosPerSecond;
        var n = nanos % CalendarMath.NanosPerSecond;
        if (n < 0)
        {
            carry -= 1;
            n += CalendarMath.NanosPerSecond;
        }
        var s = seconds + carry;
        if (((seconds ^ s) & (carry ^ s)) < 0) return false; // signed overflow of seconds + carry
        duration = new CypherDuration(months, days, s, (int)n);
        return true;
    }

    /// <summary>
    /// Truncates each unit toward zero and carries the fraction into the next smaller unit, computing the
    /// carried parts in nanoseconds as Neo4j does, so fractional results agree to the last digit.
    /// </summary>
    public static CypherDuration Approximate(double months, double days, double seconds, double nanos) =>
        Guard(() => ApproximateCore(months, days, seconds, nanos), "Invalid value for duration, will cause overflow.");

    private static CypherDuration ApproximateCore(double months, double days, double seconds, double nanos)
    {
        var m = ToLong(months);
        days += (AverageNanosPerMonth * months - AverageNanosPerMonth * m) / NanosPerDay;
        var d = ToLong(days);
        seconds += (NanosPerDay * days - NanosPerDay * d) / 1e9;
        var s = ToLong(seconds);
        nanos += 1e9 * seconds - 1e9 * s;
        var n = ToLong(nanos);
        return Create(m, d, s, n);
    }

    public static CypherDuration Add(CypherDuration a, CypherDuration b)
    {
        try
        {
            checked
            {
                return Create(a.Months + b.Months, a.Days + b.Days, a.Seconds + b.Seconds, (long)a.Nanos + b.Nanos);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Argument($"Can not add duration {a} and {b} without causing overflow.");
        }
    }

    public static CypherDuration Subtract(CypherDuration a, CypherDuration b)
    {
        try
        {
            checked
            {
                return Create(a.Months - b.Months, a.Days - b.Days, a.Seconds - b.Seconds, (long)a.Nanos - b.Nanos);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Argument($"Can not subtract duration {a} and {b} without causing overflow.");
        }
    }

    public static CypherDuration Negate(CypherDuration a) => Subtract(default, a);

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
            throw TemporalErrors.Argument($"Can not multiply duration {a} with {factor} without causing overflow.");
        }
    }

    public static CypherDuration Multiply(CypherDuration a, double factor) =>
        Guard(() => ApproximateCore(a.Months * factor, a.Days * factor, a.Seconds * factor, a.Nanos * factor),
            $"Can not multiply duration {a} with {factor.ToString(System.Globalization.CultureInfo.InvariantCulture)} without causing overflow.");

    /// <summary>Division goes through doubles, so dividing by zero overflows (Neo4j: "Can not divide … without causing overflow").</summary>
    public static CypherDuration Divide(CypherDuration a, double divisor) =>
        Guard(() => ApproximateCore(a.Months / divisor, a.Days / divisor, a.Seconds / divisor, a.Nanos / divisor),
            $"Can not divide duration {a} with {divisor.ToString(System.Globalization.CultureInfo.InvariantCulture)} without causing overflow.");

    private static CypherDuration Guard(Func<CypherDuration> compute, string message)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Argument(message);
        }
    }

    private static long ToLong(double value)
    {
        if (double.IsNaN(value) || value >= 9.2233720368547758E18 || value < -9.2233720368547758E18)
            throw new OverflowException("long overflow");
        return (long)value;
    }
}
