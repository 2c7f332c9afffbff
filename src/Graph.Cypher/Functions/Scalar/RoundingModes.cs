using System.Globalization;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>The rounding modes round(value, precision, mode) accepts: Java's java.math.RoundingMode names.</summary>
internal enum RoundingMode
{
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    Unnecessary,
}

/// <summary>
/// Decimal rounding as Neo4j does it: the float is taken at its shortest decimal text (BigDecimal.valueOf),
/// so round(2.675, 2) is 2.68, unlike binary rounding.
/// </summary>
internal static class RoundingModes
{
    public static RoundingMode Parse(string name) => name.ToUpperInvariant() switch
    {
        "UP" => RoundingMode.Up,
        "DOWN" => RoundingMode.Down,
        "CEILING" => RoundingMode.Ceiling,
        "FLOOR" => RoundingMode.Floor,
        "HALF_UP" => RoundingMode.HalfUp,
        "HALF_DOWN" => RoundingMode.HalfDown,
        "HALF_EVEN" => RoundingMode.HalfEven,
        "UNNECESSARY" => RoundingMode.Unnecessary,
        _ => throw CypherErrors.Argument($"Unknown rounding mode: '{name}'; expected one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY"),
    };

    public static double Round(double value, long precision, RoundingMode mode)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value;
        if (precision > 28) return value; // finer than any double's digits: nothing to round
        if (precision < -28) precision = -28;
        if (!decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            // Beyond decimal's range a float is a whole number far past the digits any precision could cut.
            return value;
        }
        var scale = Pow10((int)Math.Abs(precision));
        // A double carries at most 17 significant digits: when scaling would leave decimal's range,
        // there is no digit at that precision left to round.
        if (precision >= 0 && Math.Abs(d) > decimal.MaxValue / scale) return value;
        var scaled = precision >= 0 ? d * scale : d / scale;
        var rounded = RoundWhole(scaled, mode);
        var result = precision >= 0 ? rounded / scale : rounded * scale;
        return (double)result;
    }

    private static decimal RoundWhole(decimal x, RoundingMode mode)
    {
        var truncated = decimal.Truncate(x);
        var fraction = x - truncated;
        if (fraction == 0) return x;
        var away = truncated + Math.Sign(x);
        var half = Math.Abs(fraction).CompareTo(0.5m);
        return mode switch
        {
            RoundingMode.Up => away,
            RoundingMode.Down => truncated,
            RoundingMode.Ceiling => decimal.Ceiling(x),
            RoundingMode.Floor => decimal.Floor(x),
            RoundingMode.HalfUp => half >= 0 ? away : truncated,
            RoundingMode.HalfDown => half > 0 ? away : truncated,
            RoundingMode.HalfEven => half > 0 || (half == 0 && truncated % 2 != 0) ? away : truncated,
            _ => throw CypherErrors.Arithmetic("Rounding necessary"),
        };
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10m;
        return result;
    }
}
