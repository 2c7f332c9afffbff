using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// Comparability (<c>&lt; &lt;= &gt; &gt;=</c>) and orderability (ORDER BY, min, max), per the manual's
/// "Equality, ordering, and comparison of value types".
/// </summary>
internal static class CypherComparison
{
    /// <summary>The total order of ORDER BY ascending: MAP first, numbers (NaN last among them), null last.</summary>
    public static IComparer<object?> Orderability { get; } = new OrderabilityComparer();

    /// <summary>
    /// Sign of a-b, or null when either is null or the two are not comparable (different types,
    /// durations, maps, entities, points, or a NaN operand).
    /// </summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long or double:
                if (!NumberOrder.IsNumber(b) || NumberOrder.IsNaN(a) || NumberOrder.IsNaN(b)) return null;
                return NumberOrder.CompareNumbers(a, b);
            case string sa:
                return b is string sb ? Sign(string.CompareOrdinal(sa, sb)) : null;
            case bool ba:
                return b is bool bb ? ba.CompareTo(bb) : null;
            case IReadOnlyList<object?> la:
                return b is IReadOnlyList<object?> lb ? CompareLists(la, lb) : null;
            default:
                return TemporalOrder.Compare(a, b) is { } c ? Sign(c) : null;
        }
    }

    // The operators: NaN makes every comparison false (not null), as Java's double comparison does.
    public static bool? LessThan(object? a, object? b) => Test(a, b, c => c < 0);

    public static bool? LessThanOrEqual(object? a, object? b) => Test(a, b, c => c <= 0);

    public static bool? GreaterThan(object? a, object? b) => Test(a, b, c => c > 0);

    public static bool? GreaterThanOrEqual(object? a, object? b) => Test(a, b, c => c >= 0);

    /// <summary>Orderability as a plain function (see <see cref="Orderability"/>).</summary>
    public static int Order(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb) return ra < rb ? -1 : 1;
        switch (a)
        {
            case null:
                return 0;
            case long or double:
                return OrderNumbers(a, b!);
            case string sa:
                return Sign(string.CompareOrdinal(sa, (string)b!));
            case bool ba:
                return ba.CompareTo((bool)b!);
            case NodeRef na:
                return na.Id.CompareTo(((NodeRef)b!).Id);
            case RelRef ra2:
                return ra2.Id.CompareTo(((RelRef)b!).Id);
            case PathValue pa:
                return OrderPaths(pa, (PathValue)b!);
            case IReadOnlyDictionary<string, object?> ma:
                return OrderMaps(ma, (IReadOnlyDictionary<string, object?>)b!);
            case IReadOnlyList<object?> la:
                return OrderLists(la, (IReadOnlyList<object?>)b!);
            case CypherDuration da:
                return TemporalOrder.CompareDurations(da, (CypherDuration)b!);
            case CypherPoint pa2:
                return OrderPoints(pa2, (CypherPoint)b!);
            default:
                return TemporalOrder.Compare(a, b!) is { } c ? Sign(c) : 0;
        }
    }

    private static bool? Test(object? a, object? b, Func<int, bool> accept)
    {
        if (a is null || b is null) return null;
        if ((NumberOrder.IsNaN(a) && NumberOrder.IsNumber(b)) || (NumberOrder.IsNaN(b) && NumberOrder.IsNumber(a))) return false;
        return Compare(a, b) is { } c ? accept(c) : null;
    }

    // Lexicographic: the first pair that is not equal decides; an undecidable pair before that gives null.
    private static int? CompareLists(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        StackGuard.Check();
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var c = Compare(a[i], b[i]);
            if (c is null) return null;
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    // Position in the ascending type hierarchy of the manual; null is after everything.
    private static int Rank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeRef => 1,
        RelRef => 2,
        PathValue => 4,
        IReadOnlyList<object?> => 3,
        CypherPoint => 5,
        CypherDateTime => 6,
        CypherLocalDateTime => 7,
        CypherDate => 8,
        CypherTime => 9,
        CypherLocalTime => 10,
        CypherDuration => 11,
        string => 12,
        bool => 13,
        long or double => 14,
        null => 16,
        _ => 15,
    };

    private static int OrderNumbers(object a, object b)
    {
        var nanA = NumberOrder.IsNaN(a);
        var nanB = NumberOrder.IsNaN(b);
        if (nanA || nanB) return nanA == nanB ? 0 : nanA ? 1 : -1;
        return Sign(NumberOrder.CompareNumbers(a, b));
    }

    private static int OrderLists(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        StackGuard.Check();
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var c = Order(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    // Maps: by size, then by their sorted key lists, then by values in sorted-key order.
    private static int OrderMaps(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        StackGuard.Check();
        if (a.Count != b.Count) return a.Count < b.Count ? -1 : 1;
        var ka = SortedKeys(a);
        var kb = SortedKeys(b);
        for (var i = 0; i < ka.Length; i++)
        {
            var c = string.CompareOrdinal(ka[i], kb[i]);
            if (c != 0) return Sign(c);
        }
        for (var i = 0; i < ka.Length; i++)
        {
            var c = Order(a[ka[i]], b[kb[i]]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static string[] SortedKeys(IReadOnlyDictionary<string, object?> map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys) keys[i++] = key;
        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    private static int OrderPaths(PathValue a, PathValue b)
    {
        var n = Math.Min(a.Length, b.Length);
        var c = a.Nodes[0].Id.CompareTo(b.Nodes[0].Id);
        if (c != 0) return c;
        for (var i = 0; i < n; i++)
        {
            c = a.Relationships[i].Id.CompareTo(b.Relationships[i].Id);
            if (c != 0) return c;
            c = a.Nodes[i + 1].Id.CompareTo(b.Nodes[i + 1].Id);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int OrderPoints(CypherPoint a, CypherPoint b)
    {
        var c = a.Srid.CompareTo(b.Srid);
        if (c != 0) return c;
        c = a.X.CompareTo(b.X);
        if (c != 0) return c;
        c = a.Y.CompareTo(b.Y);
        return c != 0 ? c : Nullable.Compare(a.Z, b.Z);
    }

    private static int Sign(int c) => c < 0 ? -1 : c > 0 ? 1 : 0;

    private sealed class OrderabilityComparer : IComparer<object?>
    {
        public int Compare(object? x, object? y) => Order(x, y);
    }
}
