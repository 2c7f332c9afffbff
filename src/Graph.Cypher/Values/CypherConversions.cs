using System.Globalization;
using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// The coercions of Neo4j's conversion functions (toString, toInteger, toFloat, toBoolean), shared by
/// functions and string concatenation. Try methods return false for a type the conversion does not
/// accept (the caller decides between TypeError and null); an accepted type that does not parse gives
/// a true return with a null result, as Neo4j returns null for <c>toInteger('abc')</c>.
/// </summary>
internal static class CypherConversions
{
    /// <summary>Neo4j's text of a scalar: <c>1.0</c>, <c>1.0E20</c>, <c>true</c>, ISO temporals.</summary>
    public static bool TryToText(object? value, out string? text)
    {
        switch (value)
        {
            case null:
                text = null;
                return true;
            case string s:
                text = s;
                return true;
            case long l:
                text = l.ToString(CultureInfo.InvariantCulture);
                return true;
            case double d:
                text = JavaDoubleText.Format(d);
                return true;
            case bool b:
                text = b ? "true" : "false";
                return true;
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration:
                text = value.ToString();
                return true;
            case CypherPoint p:
                text = PointText(p);
                return true;
            default:
                text = null;
                return false;
        }
    }

    /// <summary>Text of a value for messages and string concatenation; lists and maps in Cypher literal form.</summary>
    public static string Describe(object? value)
    {
        if (TryToText(value, out var text)) return value is string s ? "'" + s + "'" : text ?? "null";
        StackGuard.Check();
        return value switch
        {
            IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + Describe(p.Value))) + "}",
            IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
            NodeRef n => "Node[" + n.Id.ToString(CultureInfo.InvariantCulture) + "]",
            RelRef r => "Relationship[" + r.Id.ToString(CultureInfo.InvariantCulture) + "]",
            PathValue p => "Path[length " + p.Length.ToString(CultureInfo.InvariantCulture) + "]",
            _ => value?.ToString() ?? "null",
        };
    }

    /// <summary>toInteger: integers as is, floats truncated (saturating like Java), booleans 1/0, strings parsed.</summary>
    public static bool TryToInteger(object? value, out long? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case long l:
                result = l;
                return true;
            case double d:
                result = Truncate(d);
                return true;
            case bool b:
                result = b ? 1 : 0;
                return true;
            case string s:
                result = ParseInteger(s);
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>toFloat: numbers widened, strings parsed (null when they do not parse).</summary>
    public static bool TryToFloat(object? value, out double? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case double d:
                result = d;
                return true;
            case long l:
                result = l;
                return true;
            case string s:
                result = ParseFloat(s);
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>toBoolean: booleans, strings "true"/"false" (any case, trimmed), integers (0 is false).</summary>
    public static bool TryToBoolean(object? value, out bool? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case bool b:
                result = b;
                return true;
            case long l:
                result = l != 0;
                return true;
            case string s:
                var t = s.Trim();
                result = t.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
                    : t.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
                    : null;
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>A number as double (integers widened); false for anything else.</summary>
    public static bool TryNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case long l:
                number = l;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>Java's Long.parseLong, falling back to Double.parseDouble and truncation ('1.5' is 1).</summary>
    public static long? ParseInteger(string text)
    {
        var t = text.Trim();
        if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        return ParseFloat(t) is { } d ? Truncate(d) : null;
    }

    /// <summary>Java's Double.parseDouble rules, the parts that matter: decimal and exponent forms, NaN, Infinity.</summary>
    public static double? ParseFloat(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        switch (t)
        {
            case "NaN": return double.NaN;
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }
        // Java also accepts a trailing type suffix (1.5f, 2d).
        if (t[^1] is 'f' or 'F' or 'd' or 'D') t = t[..^1];
        foreach (var c in t)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')) return null;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>Java's (long) cast: NaN is 0, out-of-range saturates.</summary>
    public static long Truncate(double d)
    {
        if (double.IsNaN(d)) return 0;
        if (d >= 9.223372036854775807E18) return long.MaxValue;
        if (d <= -9.223372036854775808E18) return long.MinValue;
        return (long)d;
    }

    private static string PointText(CypherPoint p)
    {
        var crs = p.Srid switch
        {
            4326 => "wgs-84",
            4979 => "wgs-84-3d",
            7203 => "cartesian",
            9157 => "cartesian-3d",
            _ => p.Srid.ToString(CultureInfo.InvariantCulture),
        };
        var (x, y) = p.Srid is 4326 or 4979 ? ("longitude", "latitude") : ("x", "y");
        var z = p.Z is { } zv ? (p.Srid is 4979 ? ", height: " : ", z: ") + JavaDoubleText.Format(zv) : "";
        return $"point({{{x}: {JavaDoubleText.Format(p.X)}, {y}: {JavaDoubleText.Format(p.Y)}{z}, crs: '{crs}'}})";
    }
}
