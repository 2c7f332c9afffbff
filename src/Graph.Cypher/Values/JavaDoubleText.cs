using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values;

/// <summary>
/// Formats a float the way Neo4j (Java's Double.toString) prints it: shortest round-trip digits,
/// plain notation with at least one decimal for 1e-3 &lt;= |x| &lt; 1e7 (<c>1.0</c>, <c>0.001</c>),
/// otherwise <c>1.0E20</c> / <c>1.5E-5</c>.
/// </summary>
internal static class JavaDoubleText
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        var (digits, exponent) = Decompose(Math.Abs(value));
        var sb = new StringBuilder(24);
        if (value < 0) sb.Append('-');
        var abs = Math.Abs(value);
        if (abs >= 1e-3 && abs < 1e7)
        {
            // exponent = position of the decimal point relative to the first digit.
            if (exponent <= 0)
            {
                sb.Append("0.").Append('0', -exponent).Append(digits);
            }
            else if (exponent >= digits.Length)
            {
                sb.Append(digits).Append('0', exponent - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, exponent).Append('.').Append(digits, exponent, digits.Length - exponent);
            }
        }
        else
        {
            sb.Append(digits[0]).Append('.');
            if (digits.Length > 1) sb.Append(digits, 1, digits.Length - 1);
            else sb.Append('0');
            sb.Append('E').Append((exponent - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    // Shortest round-trip significant digits (no leading/trailing zeros) and the decimal point
    // position: value = 0.DIGITS * 10^exponent.
    private static (string Digits, int Exponent) Decompose(double abs)
    {
        var text = abs.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var exp10 = 0;
        var mantissa = text;
        if (e >= 0)
        {
            exp10 = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text[..e];
        }
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var pointPos = intPart.Length + exp10;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        pointPos -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (all, pointPos);
    }
}
