using Graph.Core.Values;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Ordering of two temporal instants of the same kind, for &lt; &lt;= &gt; &gt;= and ORDER BY.
/// Zoned values compare by instant (a zoned time by its UTC time of day); when the instants are equal,
/// by offset and then zone name, so the order is total (manual: "if two times are identical in UTC, then
/// they are ordered by timezone"). Durations and different kinds are not comparable: null.
/// </summary>
internal static class TemporalComparison
{
    public static int? Compare(object a, object b)
    {
        switch (a, b)
        {
            case (CypherDate x, CypherDate y):
                return x.Value.CompareTo(y.Value);
            case (CypherLocalTime x, CypherLocalTime y):
                return x.NanoOfDay.CompareTo(y.NanoOfDay);
            case (CypherTime x, CypherTime y):
            {
                var byInstant = ZonedMath.UtcNanoOfDay(x).CompareTo(ZonedMath.UtcNanoOfDay(y));
                return byInstant != 0 ? byInstant : x.OffsetSeconds.CompareTo(y.OffsetSeconds);
            }
            case (CypherLocalDateTime x, CypherLocalDateTime y):
            {
                var byDate = x.Date.CompareTo(y.Date);
                return byDate != 0 ? byDate : x.NanoOfDay.CompareTo(y.NanoOfDay);
            }
            case (CypherDateTime x, CypherDateTime y):
            {
                var byInstant = ZonedMath.EpochNanos(x).CompareTo(ZonedMath.EpochNanos(y));
                if (byInstant != 0) return byInstant;
                var byOffset = x.OffsetSeconds.CompareTo(y.OffsetSeconds);
                return byOffset != 0 ? byOffset : string.CompareOrdinal(x.Zone, y.Zone);
            }
            default:
                return null;
        }
    }
}
