using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.ManualRunner;

/// <summary>
/// Reads a result the manual prints as Neo4j Browser's summary line (<c>Added 38 nodes, Created 172 relationships,
/// Set 114 properties, Added 38 labels</c>) into the counters of an expected table with no columns or rows.
/// </summary>
internal static partial class SummaryReader
{
    public static ExpectedTable Read(string[] lines)
    {
        var counters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Item().Matches(string.Join(' ', lines)))
        {
            var name = (m.Groups[1].Value.ToUpperInvariant(), m.Groups[3].Value.ToUpperInvariant()) switch
            {
                ("ADDED" or "CREATED", "NODES") => "Nodes created",
                ("DELETED", "NODES") => "Nodes deleted",
                ("CREATED", "RELATIONSHIPS") => "Relationships created",
                ("DELETED", "RELATIONSHIPS") => "Relationships deleted",
                ("SET", "PROPERTIES") => "Properties set",
                ("ADDED", "LABELS") => "Labels added",
                ("REMOVED", "LABELS") => "Labels removed",
                _ => null,
            };
            if (name is not null) counters[name] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        return new ExpectedTable([], [], null, counters);
    }

    [GeneratedRegex(@"\b(Added|Created|Deleted|Set|Removed)\s+(\d+)\s+(nodes?|relationships?|propert(?:y|ies)|labels?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Item();
}
