using System.Globalization;
using System.Text;
using Graph.Core.Values;

namespace Graph.BenchData.Output;

/// <summary>Renders a property value as a Cypher literal (strings single-quoted and escaped, dates as <c>date('…')</c>).</summary>
internal static class CypherLiteral
{
    public static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: AppendString(text, s); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case long l: text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case CypherDate date: text.Append("date('").Append(date.ToString()).Append("')"); break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first) text.Append(", ");
                    Append(text, item);
                    first = false;
                }
                text.Append(']');
                break;
            default: throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\'': text.Append("\\'"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default: text.Append(c); break;
            }
        }
        text.Append('\'');
    }
}
