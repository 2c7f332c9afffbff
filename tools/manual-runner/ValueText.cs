using System.Globalization;
using Graph.Core.Values;

namespace Graph.ManualRunner;

/// <summary>
/// A result value as the manual prints it: strings in double quotes, nodes <c>(:Label {k: v})</c>,
/// relationships <c>[:TYPE {k: v}]</c>, paths with their arrows, floats as Java prints them (<c>1.0E-4</c>).
/// </summary>
internal static class ValueText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => JavaDouble(d),
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Node n => "(" + string.Concat(n.Labels.Select(l => ":" + l)) + Properties(n.Properties) + ")",
        Relationship r => "[:" + r.Type + Properties(r.Properties) + "]",
        Core.Values.Path p => PathText(p),
        CypherPoint p => "point({srid:" + p.Srid + ", x:" + JavaDouble(p.X) + ", y:" + JavaDouble(p.Y) + (p.Z is { } z ? ", z:" + JavaDouble(z) : "") + "})",
        IReadOnlyDictionary<string, object?> map => Map(map),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        properties.Count == 0 ? "" : " " + Map(properties);

    private static string Map(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + Of(kv.Value))) + "}";

    private static string PathText(Core.Values.Path p)
    {
        var text = Of(p.Nodes[0]);
        for (var i = 0; i < p.Relationships.Count; i++)
        {
            var r = p.Relationships[i];
            var forward = r.StartElementId == p.Nodes[i].ElementId;
            text += (forward ? "-" : "<-") + Of(r) + (forward ? "->" : "-") + Of(p.Nodes[i + 1]);
        }
        return text;
    }

    /// <summary>Java's Double.toString: plain between 10^-3 and 10^7, else d.dddE±n; always a fraction digit.</summary>
    public static string JavaDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        var sign = d < 0 ? "-" : "";
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var point = r.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? r : r[..point];
        var fraction = point < 0 ? "" : r[(point + 1)..];
        var digits = integer + fraction;
        var decimalPoint = integer.Length + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        decimalPoint -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var magnitude = Math.Abs(d);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            if (decimalPoint <= 0) return sign + "0." + new string('0', -decimalPoint) + digits;
            var whole = digits.Length >= decimalPoint ? digits[..decimalPoint] : digits + new string('0', decimalPoint - digits.Length);
            var rest = digits.Length > decimalPoint ? digits[decimalPoint..] : "0";
            return sign + whole + "." + rest;
        }
        return sign + digits[0] + "." + (digits.Length > 1 ? digits[1..] : "0") + "E" + (decimalPoint - 1).ToString(CultureInfo.InvariantCulture);
    }
}
