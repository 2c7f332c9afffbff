using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values;

/// <summary>
/// Ordering inside one temporal kind: chronological, zoned values by instant, then (for the same
/// instant) by offset west to east and by zone name, as the Cypher manual's ordering section says.
/// Durations have no comparison, only an ORDER BY rule (a month as 30.436875 days).
/// Same-kind instants delegate to the temporal library's <see cref="TemporalComparison"/>.
/// </summary>
internal static class TemporalOrder
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long SecondsPerDay = 86_400L;

    // 30.436875 days, the average Gregorian month, in whole seconds.
    private const long SecondsPerAverageMonth = 2_629_746L;

    /// <summary>Compares two temporals of the same kind; null when the kinds differ or either is a duration.</summary>
    public static int? Compare(object a, object b) => TemporalComparison.Compare(a, b);

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

    private static Int128 AverageNanos(CypherDuration d) =>
        ((Int128)d.Months * SecondsPerAverageMonth + (Int128)d.Days * SecondsPerDay + d.Seconds) * NanosPerSecond + d.Nanos;
}
