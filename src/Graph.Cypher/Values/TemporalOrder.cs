using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// Ordering inside one temporal kind: chronological, zoned values by instant, then (for the same
/// instant) by offset west to east and by zone name, as the Cypher manual's ordering section says.
/// Durations have no comparison, only an ORDER BY rule (a month as 30.436875 days).
/// Kept private to the Values folder until the temporal library's TemporalComparison is merged.
/// </summary>
internal static class TemporalOrder
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long SecondsPerDay = 86_400L;

    // 30.436875 days, the average Gregorian month, in whole seconds.
    private const long SecondsPerAverageMonth = 2_629_746L;

    /// <summary>Compares two temporals of the same kind; null when the kinds differ or either is a duration.</summary>
    public static int? Compare(object a, object b) => (a, b) switch
    {
        (CypherDate x, CypherDate y) => x.Value.CompareTo(y.Value),
        (CypherLocalTime x, CypherLocalTime y) => x.NanoOfDay.CompareTo(y.NanoOfDay),
        (CypherTime x, CypherTime y) => CompareTimes(x, y),
        (CypherLocalDateTime x, CypherLocalDateTime y) => CompareLocal(x.Date, x.NanoOfDay, y.Date, y.NanoOfDay),
        (CypherDateTime x, CypherDateTime y) => CompareDateTimes(x, y),
        _ => null,
    };

    /// <summary>ORDER BY rule for durations: by average length, then component-wise for a stable order.</summary>
    public static int CompareDurations(CypherDuration a, CypherDuration b)
    {
        var c = AverageNanos(a).CompareTo(AverageNanos(b));
        if (c != 0) return c;
        c = a.Months.CompareTo(b.Months);
        if (c != 0) return c;
        c = a.Days.CompareTo(b.Days);
        if (c != 0) return c;
        c = a.Seconds.CompareTo(b.Seconds);
        return c != 0 ? c : a.Nanos.CompareTo(b.Nanos);
    }

    public static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    private static Int128 AverageNanos(CypherDuration d) =>
        ((Int128)d.Months * SecondsPerAverageMonth + (Int128)d.Days * SecondsPerDay + d.Seconds) * NanosPerSecond + d.Nanos;

    private static int CompareTimes(CypherTime x, CypherTime y)
    {
        var ux = x.NanoOfDay - x.OffsetSeconds * NanosPerSecond;
        var uy = y.NanoOfDay - y.OffsetSeconds * NanosPerSecond;
        var c = ux.CompareTo(uy);
        return c != 0 ? c : x.OffsetSeconds.CompareTo(y.OffsetSeconds);
    }

    private static int CompareLocal(DateOnly dx, long nx, DateOnly dy, long ny)
    {
        var c = dx.CompareTo(dy);
        return c != 0 ? c : nx.CompareTo(ny);
    }

    private static int CompareDateTimes(CypherDateTime x, CypherDateTime y)
    {
        var c = EpochNanos(x).CompareTo(EpochNanos(y));
        if (c != 0) return c;
        c = x.OffsetSeconds.CompareTo(y.OffsetSeconds);
        return c != 0 ? c : string.CompareOrdinal(x.Zone, y.Zone);
    }

    private static Int128 EpochNanos(CypherDateTime v) =>
        ((Int128)v.Date.DayNumber * SecondsPerDay - v.OffsetSeconds) * NanosPerSecond + v.NanoOfDay;
}
