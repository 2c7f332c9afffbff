using Graph.Core.Values;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// A total order over property values for index keys. Within numbers it is Cypher's numeric order,
/// so 1 and 1.0 compare equal (Cypher equality); strings compare ordinally (exact match).
/// Composite keys (object[]) compare element by element.
/// </summary>
internal sealed class ValueOrder : IComparer<object>
{
    public static readonly ValueOrder Instance = new();

    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        var group = Group(x).CompareTo(Group(y));
        if (group != 0)
        {
            return group;
        }

        return (x, y) switch
        {
            (bool a, bool b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (CypherDate a, CypherDate b) => a.Value.CompareTo(b.Value),
            (CypherLocalTime a, CypherLocalTime b) => a.NanoOfDay.CompareTo(b.NanoOfDay),
            (CypherTime a, CypherTime b) => CompareThen(
                (a.NanoOfDay - (a.OffsetSeconds * 1_000_000_000L)).CompareTo(b.NanoOfDay - (b.OffsetSeconds * 1_000_000_000L)),
                a.OffsetSeconds.CompareTo(b.OffsetSeconds)),
            (CypherLocalDateTime a, CypherLocalDateTime b) => CompareThen(a.Date.CompareTo(b.Date), a.NanoOfDay.CompareTo(b.NanoOfDay)),
            (CypherDateTime a, CypherDateTime b) => CompareThen(
                CompareThen(Instant(a).CompareTo(Instant(b)), a.OffsetSeconds.CompareTo(b.OffsetSeconds)),
                string.CompareOrdinal(a.Zone, b.Zone)),
            (CypherDuration a, CypherDuration b) => CompareThen(
                CompareThen(a.Months.CompareTo(b.Months), a.Days.CompareTo(b.Days)),
                CompareThen(a.Seconds.CompareTo(b.Seconds), a.Nanos.CompareTo(b.Nanos))),
            (System.Collections.IList a, System.Collections.IList b) => CompareLists(a, b),
            _ => CompareNumbers(x, y),
        };
    }

    public bool AreEqual(object x, object y) => Compare(x, y) == 0;

    /// <summary>The type group a value sorts in; values of different groups never compare in Cypher.</summary>
    public static int Group(object value) => value switch
    {
        bool => 0,
        long or int or double or float => 1,
        string => 2,
        CypherDate => 3,
        CypherLocalTime => 4,
        CypherTime => 5,
        CypherLocalDateTime => 6,
        CypherDateTime => 7,
        CypherDuration => 8,
        System.Collections.IList => 9,
        _ => 10,
    };

    private static int CompareThen(int first, int second) => first != 0 ? first : second;

    private static Int128 Instant(CypherDateTime value) =>
        ((Int128)value.Date.DayNumber * 86_400_000_000_000L) + value.NanoOfDay - ((Int128)value.OffsetSeconds * 1_000_000_000L);

    private int CompareLists(System.Collections.IList a, System.Collections.IList b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static int CompareNumbers(object x, object y)
    {
        if (x is double or float || y is double or float)
        {
            var a = Convert.ToDouble(x, System.Globalization.CultureInfo.InvariantCulture);
            var b = Convert.ToDouble(y, System.Globalization.CultureInfo.InvariantCulture);

            // Exact comparison when one side is integral: doubles lose precision above 2^53.
            if (x is long lx && IsIntegral(b))
            {
                return lx.CompareTo((long)b);
            }

            if (y is long ly && IsIntegral(a))
            {
                return ((long)a).CompareTo(ly);
            }

            return a.CompareTo(b);
        }

        return Convert.ToInt64(x, System.Globalization.CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToInt64(y, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool IsIntegral(double d) => Math.Floor(d) == d && d >= -9.2e18 && d <= 9.2e18;
}
