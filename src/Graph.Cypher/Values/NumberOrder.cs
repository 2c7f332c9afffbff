namespace Graph.Cypher.Values;

/// <summary>
/// Exact comparison of integers with floats: Cypher compares 9007199254740993 and 9007199254740992.0
/// by value, not after rounding the integer to a double.
/// </summary>
internal static class NumberOrder
{
    // 2^63 is exactly representable as a double; every long is strictly below it.
    private const double TwoPow63 = 9.223372036854775808E18;

    /// <summary>Compares a long with a non-NaN double.</summary>
    public static int Compare(long l, double d)
    {
        if (d >= TwoPow63) return -1;
        if (d < -TwoPow63) return 1;
        var truncated = Math.Truncate(d);
        var whole = (long)truncated;
        if (l != whole) return l < whole ? -1 : 1;
        var fraction = d - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /// <summary>Compares two numbers (long or double), neither NaN.</summary>
    public static int CompareNumbers(object a, object b) => a switch
    {
        long la when b is long lb => la.CompareTo(lb),
        long la => Compare(la, (double)b),
        double da when b is double db => da.CompareTo(db),
        double da => -Compare((long)b, da),
        _ => 0,
    };

    public static bool IsNumber(object? value) => value is long or double;

    public static bool IsNaN(object? value) => value is double d && double.IsNaN(d);
}
