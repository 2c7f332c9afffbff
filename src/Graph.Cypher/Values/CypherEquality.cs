using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// Cypher equality (<c>=</c>, <c>&lt;&gt;</c>, IN) with three-valued logic, and equivalence, the
/// null-safe relation DISTINCT and grouping use (manual: "Equality, ordering, and comparison of value types").
/// </summary>
internal static class CypherEquality
{
    /// <summary>Equivalence: null ~ null, NaN ~ NaN, 1 ~ 1.0; otherwise as equality.</summary>
    public static IEqualityComparer<object?> Equivalence { get; } = new EquivalenceComparer();

    /// <summary>
    /// Null when either side is null (or a nested comparison is undecided because of null); false for
    /// values of different types; numbers by value across integer/float; NaN equals nothing.
    /// </summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long la:
                return b switch
                {
                    long lb => la == lb,
                    double db => !double.IsNaN(db) && NumberOrder.Compare(la, db) == 0,
                    _ => false,
                };
            case double da:
                return b switch
                {
                    double db => da == db,
                    long lb => !double.IsNaN(da) && NumberOrder.Compare(lb, da) == 0,
                    _ => false,
                };
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba:
                return b is bool bb && ba == bb;
            case NodeRef na:
                return b is NodeRef nb && na.Id == nb.Id;
            case RelRef ra:
                return b is RelRef rb && ra.Id == rb.Id;
            case PathValue pa:
                return b switch
                {
                    PathValue pb => pa.Equals(pb),
                    IReadOnlyList<object?> lb => PathEqualsList(pa, lb),
                    _ => false,
                };
            case IReadOnlyDictionary<string, object?> ma:
                return b is IReadOnlyDictionary<string, object?> mb ? MapEqual(ma, mb) : false;
            case IReadOnlyList<object?> la2:
                return b switch
                {
                    IReadOnlyList<object?> lb => ListEqual(la2, lb),
                    PathValue pb => PathEqualsList(pb, la2),
                    _ => false,
                };
            default:
                // Temporals, durations and points are value types with component-wise equality.
                return a.Equals(b);
        }
    }

    /// <summary>Equivalence as a plain test (see <see cref="Equivalence"/>).</summary>
    public static bool Equivalent(object? a, object? b)
    {
        if (a is null) return b is null;
        if (b is null) return false;
        switch (a)
        {
            case double da when double.IsNaN(da):
                return b is double db && double.IsNaN(db);
            case PathValue pa:
                return b is PathValue pb && pa.Equals(pb);
            case IReadOnlyDictionary<string, object?> ma:
                StackGuard.Check();
                if (b is not IReadOnlyDictionary<string, object?> mb || ma.Count != mb.Count) return false;
                foreach (var pair in ma)
                {
                    if (!mb.TryGetValue(pair.Key, out var other) || !Equivalent(pair.Value, other)) return false;
                }
                return true;
            case IReadOnlyList<object?> la:
                StackGuard.Check();
                if (b is not IReadOnlyList<object?> lb || la.Count != lb.Count) return false;
                for (var i = 0; i < la.Count; i++)
                {
                    if (!Equivalent(la[i], lb[i])) return false;
                }
                return true;
            default:
                return Equal(a, b) == true;
        }
    }

    /// <summary>A hash consistent with <see cref="Equivalent"/> (1 and 1.0 hash alike).</summary>
    public static int Hash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return l.GetHashCode();
            case double d:
                if (double.IsNaN(d)) return 0x7ff8;
                // An integral double must hash like the long it equals.
                if (d >= -9.223372036854775808E18 && d < 9.223372036854775808E18 && d == Math.Truncate(d)) return ((long)d).GetHashCode();
                return d.GetHashCode();
            case string s:
                return string.GetHashCode(s, StringComparison.Ordinal);
            case NodeRef n:
                return HashCode.Combine(1, n.Id);
            case RelRef r:
                return HashCode.Combine(2, r.Id);
            case IReadOnlyDictionary<string, object?> map:
                StackGuard.Check();
                // Key order does not matter for map equality, so combine order-independently.
                var mapHash = 17 + map.Count;
                foreach (var pair in map) mapHash += HashCode.Combine(string.GetHashCode(pair.Key, StringComparison.Ordinal), Hash(pair.Value));
                return mapHash;
            case IReadOnlyList<object?> list:
                StackGuard.Check();
                var listHash = new HashCode();
                listHash.Add(list.Count);
                for (var i = 0; i < list.Count; i++) listHash.Add(Hash(list[i]));
                return listHash.ToHashCode();
            default:
                return value.GetHashCode();
        }
    }

    private static bool? ListEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        StackGuard.Check();
        if (a.Count != b.Count) return false;
        var undecided = false;
        for (var i = 0; i < a.Count; i++)
        {
            var eq = Equal(a[i], b[i]);
            if (eq == false) return false;
            if (eq is null) undecided = true;
        }
        return undecided ? null : true;
    }

    private static bool? MapEqual(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        StackGuard.Check();
        if (a.Count != b.Count) return false;
        foreach (var key in a.Keys)
        {
            if (!b.ContainsKey(key)) return false;
        }
        var undecided = false;
        foreach (var pair in a)
        {
            var eq = Equal(pair.Value, b[pair.Key]);
            if (eq == false) return false;
            if (eq is null) undecided = true;
        }
        return undecided ? null : true;
    }

    // A path equals the list of its alternating nodes and relationships.
    private static bool? PathEqualsList(PathValue path, IReadOnlyList<object?> list)
    {
        if (list.Count != path.Nodes.Count + path.Relationships.Count) return false;
        var undecided = false;
        for (var i = 0; i < list.Count; i++)
        {
            object element = i % 2 == 0 ? path.Nodes[i / 2] : path.Relationships[i / 2];
            var eq = Equal(element, list[i]);
            if (eq == false) return false;
            if (eq is null) undecided = true;
        }
        return undecided ? null : true;
    }

    private sealed class EquivalenceComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => Equivalent(x, y);

        public int GetHashCode(object? obj) => Hash(obj);
    }
}
