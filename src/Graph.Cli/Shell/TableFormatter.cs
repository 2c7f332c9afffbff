using System.Globalization;
using System.Text;
using Graph.Core.Store;
using Graph.Core.Values;

namespace Graph.Cli.Shell;

/// <summary>Renders a result as a text table, the way cypher-shell does, plus a summary line.</summary>
internal static class TableFormatter
{
    private const int MaxCellWidth = 60;

    public static string Format(QueryResult result, TimeSpan elapsed)
    {
        var sb = new StringBuilder();
        if (result.Columns.Count > 0)
        {
            var cells = result.Records.Select(r => r.Values.Select(Cell).ToArray()).ToList();
            var widths = result.Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Length))).ToArray();
            var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
            sb.AppendLine(rule);
            sb.AppendLine(Row(result.Columns, widths));
            sb.AppendLine(rule);
            foreach (var row in cells) sb.AppendLine(Row(row, widths));
            sb.AppendLine(rule);
        }
        // One summary line, as cypher-shell ends a result: rows, then changes, then how long it took.
        var summary = new List<string>();
        if (result.Columns.Count > 0) summary.Add($"{result.Records.Count} row{(result.Records.Count == 1 ? "" : "s")}{(result.HasMore ? " (more were left out)" : "")}");
        var changes = Changes(result.Counters);
        if (changes.Length > 0) summary.Add(changes);
        if (summary.Count == 0) summary.Add("Done, no changes");
        sb.Append(CultureInfo.InvariantCulture, $"{string.Join("; ", summary)} ({elapsed.TotalMilliseconds:0} ms)");
        return sb.ToString();
    }

    /// <summary>A value as Cypher literal-like text: strings quoted, nodes as (:Label {…}).</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatText(d),
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        Node n => "(" + string.Concat(n.Labels.Select(l => ":" + l)) + (n.Properties.Count > 0 ? " " + MapText(n.Properties) : "") + ")",
        Relationship r => "[:" + r.Type + (r.Properties.Count > 0 ? " " + MapText(r.Properties) : "") + "]",
        Core.Values.Path p => string.Concat(p.Nodes.Select((n, i) => (i > 0 ? "-" + Text(p.Relationships[i - 1]) + "-" : "") + Text(n))),
        IReadOnlyDictionary<string, object?> map => MapText(map),
        System.Collections.IEnumerable list when value is not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string FloatText(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static string MapText(IReadOnlyDictionary<string, object?> map) =>
        "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + Text(kv.Value))) + "}";

    private static string Cell(object? value)
    {
        var text = Text(value).ReplaceLineEndings(" ");
        return text.Length <= MaxCellWidth ? text : text[..(MaxCellWidth - 1)] + "…";
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";

    private static string Changes(QueryCounters c)
    {
        var parts = new List<string>();
        void Add(int n, string what)
        {
            if (n > 0) parts.Add($"{what}: {n}");
        }
        Add(c.NodesCreated, "Added nodes");
        Add(c.NodesDeleted, "Deleted nodes");
        Add(c.RelationshipsCreated, "Created relationships");
        Add(c.RelationshipsDeleted, "Deleted relationships");
        Add(c.PropertiesSet, "Set properties");
        Add(c.LabelsAdded, "Added labels");
        Add(c.LabelsRemoved, "Removed labels");
        Add(c.IndexesAdded, "Added indexes");
        Add(c.IndexesRemoved, "Removed indexes");
        Add(c.ConstraintsAdded, "Added constraints");
        Add(c.ConstraintsRemoved, "Removed constraints");
        return string.Join(", ", parts);
    }
}
