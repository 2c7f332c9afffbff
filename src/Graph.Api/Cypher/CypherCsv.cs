using System.Globalization;
using System.Text;
using Graph.Core.Store;

namespace Graph.Api.Cypher;

/// <summary>
/// Cypher results as CSV (RFC 4180), line by line: a header of column names, one line per row; scalars as text,
/// null as an empty field, and nodes, relationships, paths, lists and maps as their JSON text.
/// </summary>
internal static class CypherCsv
{
    /// <summary>
    /// One CSV line (with its CRLF) of column names or of a row's values; a <see cref="Json.BudgetExceededException"/>
    /// when a structured value's JSON text alone would pass <paramref name="maxBytes"/>.
    /// </summary>
    public static string Line(IEnumerable<object?> fields, int maxBytes = int.MaxValue)
    {
        var text = new StringBuilder();
        AppendLine(text, fields.Select(value => Cell(value, maxBytes)));
        return text.ToString();
    }

    private static string? Cell(object? value, int maxBytes) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture),
        double or float => Double(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ when IsStructured(value) => CypherValueJson.ToJsonText(value, maxBytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool IsStructured(object value) => value is System.Collections.IEnumerable
        or Graph.Core.Values.Node or Graph.Core.Values.Relationship or Graph.Core.Values.Path;

    private static string Double(double d) =>
        double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendLine(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) text.Append(',');
            first = false;
            if (field is null) continue;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' ')))
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }
        text.Append("\r\n");
    }
}
