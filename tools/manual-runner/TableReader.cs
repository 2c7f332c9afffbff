using System.Text.RegularExpressions;

namespace Graph.ManualRunner;

/// <summary>
/// Reads an AsciiDoc result table (<c>[role="queryresult",options="header,footer",cols="2*&lt;m"]</c>): the header
/// row, the cells in order (one or more per line, a cell may run over several lines) and the footer
/// (<c>Rows: n</c> and counters such as <c>Nodes created: 1</c>).
/// </summary>
internal static partial class TableReader
{
    public static ExpectedTable Read(string attributes, string[] lines)
    {
        var hasHeader = attributes.Contains("header", StringComparison.Ordinal);
        var cells = new List<string>();
        var cellsOfFirstLine = -1;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var spec = CellSpec().Match(line);
            if (spec.Success)
            {
                var parts = SplitUnescaped(line[spec.Length..]);
                if (cellsOfFirstLine < 0) cellsOfFirstLine = parts.Count;
                cells.AddRange(parts);
            }
            else if (cells.Count > 0 && line.Length > 0)
            {
                cells[^1] += "\n" + line;
            }
        }

        var columnCount = ColumnCount(attributes) ?? Math.Max(cellsOfFirstLine, 1);
        var columns = new List<string>();
        var index = 0;
        if (hasHeader && cells.Count > 0 && !IsFooter(cells[0]) && !IsEmptyResult(cells[0]))
        {
            for (; index < columnCount && index < cells.Count; index++) columns.Add(Clean(cells[index]));
        }

        var rows = new List<IReadOnlyList<string>>();
        int? rowCount = null;
        var counters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var row = new List<string>();
        for (; index < cells.Count; index++)
        {
            var cell = cells[index];
            if (IsEmptyResult(cell))
            {
                columns.Clear();
                continue;
            }
            if (IsFooter(cell))
            {
                foreach (Match m in FooterItem().Matches(cell))
                {
                    var name = m.Groups[1].Value.Trim();
                    var n = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (name.Equals("Rows", StringComparison.OrdinalIgnoreCase)) rowCount = n;
                    else counters[name] = n;
                }
                continue;
            }
            row.Add(Clean(cell));
            if (row.Count == columnCount)
            {
                rows.Add(row);
                row = [];
            }
        }
        return new ExpectedTable(columns, rows, rowCount, counters);
    }

    private static bool IsFooter(string cell) => cell.TrimStart().StartsWith("Rows:", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmptyResult(string cell) => cell.Trim().Equals("(empty result)", StringComparison.OrdinalIgnoreCase);

    private static int? ColumnCount(string attributes)
    {
        var m = ColsAttribute().Match(attributes);
        if (!m.Success) return null;
        if (m.Groups[1].Success) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return m.Groups[2].Value.Split(',').Length;
    }

    /// <summary>Splits a table line on its cell separators, keeping escaped pipes (<c>\|</c>) inside cells.</summary>
    private static List<string> SplitUnescaped(string text)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }
        parts.Add(current.ToString());
        return parts;
    }

    /// <summary>Cell text without AsciiDoc markup: <c>+x+</c> passthroughs, <c>pass:[…]</c>, hard line breaks.</summary>
    private static string Clean(string cell)
    {
        var text = cell.Trim();
        text = Passthrough().Replace(text, "$1");
        if (text.Length >= 2 && text[0] == '+' && text[^1] == '+') text = text[1..^1];
        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`') text = text[1..^1];
        text = text.Replace(" +\n", "\n", StringComparison.Ordinal).Replace("{nbsp}", " ", StringComparison.Ordinal);
        // Leftovers of "+…+" passthroughs split over cells or lines.
        return text.Trim().Trim('+').Trim();
    }

    // A line that starts a cell: optional span and style ("2+d", "a", "m") then the pipe.
    [GeneratedRegex(@"^(\d+\+)?[a-z]?\|")]
    private static partial Regex CellSpec();

    [GeneratedRegex(@"([A-Za-z ]+):\s*(\d+)")]
    private static partial Regex FooterItem();

    [GeneratedRegex(@"cols=""(?:(\d+)\*[^""]*|([^""]+))""")]
    private static partial Regex ColsAttribute();

    [GeneratedRegex(@"pass:\[(.*?)\]")]
    private static partial Regex Passthrough();
}
