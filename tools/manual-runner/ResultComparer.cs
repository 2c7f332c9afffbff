using System.Text.RegularExpressions;
using Graph.Core.Store;

namespace Graph.ManualRunner;

/// <summary>
/// Compares a result with the manual's table: column names, then rows as canonical text (in order when the
/// query sorts, as a multiset otherwise), then the row count and update counters the footer states.
/// </summary>
internal static partial class ResultComparer
{
    public static Outcome Compare(ManualExample example, QueryResult result)
    {
        var table = example.Table!;
        if (table.Columns.Count > 0)
        {
            var columns = result.Columns.Select(Column).ToList();
            var expectedColumns = table.Columns.Select(Column).ToList();
            if (!columns.SequenceEqual(expectedColumns)) return Fail($"columns [{string.Join(", ", result.Columns)}] vs manual [{string.Join(", ", table.Columns)}]");
        }
        if (table.RowCount is { } count && count != result.Records.Count && !(table.Rows.Count == result.Records.Count && table.Rows.Count > 0))
        {
            return Fail($"{result.Records.Count} rows vs manual {count}");
        }
        if (table.Columns.Count > 0 && table.Rows.Count > 0)
        {
            var keep = Enumerable.Range(0, table.Columns.Count).Where(i => !table.Excluded.Contains(table.Columns[i], StringComparer.OrdinalIgnoreCase)).ToList();
            var actual = result.Records.Select(r => RowText(keep.Select(i => ValueText.Of(r.Values[i])))).ToList();
            var expected = table.Rows.Select(r => RowText(keep.Select(i => r[i]))).ToList();
            var ordered = Sorted(example.Query);
            if (!Same(actual, expected, ordered)
                && !Same(actual.Select(CanonicalText.Loose).ToList(), expected.Select(CanonicalText.Loose).ToList(), ordered)
                && !SameTemporals(result, table, keep, ordered))
            {
                var firstDifferent = ordered
                    ? Enumerable.Range(0, Math.Min(actual.Count, expected.Count)).FirstOrDefault(i => actual[i] != expected[i], Math.Min(actual.Count, expected.Count))
                    : -1;
                var got = firstDifferent >= 0 && firstDifferent < actual.Count ? actual[firstDifferent] : actual.Except(expected).FirstOrDefault() ?? "(none)";
                var want = firstDifferent >= 0 && firstDifferent < expected.Count ? expected[firstDifferent] : expected.Except(actual).FirstOrDefault() ?? "(none)";
                return Fail($"rows differ{(ordered ? " (ordered)" : "")}: got {got} | manual {want}");
            }
        }
        foreach (var (name, value) in table.Counters)
        {
            var actual = Counter(result.Counters, name);
            if (actual is { } a && a != value) return Fail($"{name}: {a} vs manual {value}");
        }
        return new Outcome(true, "same table");
    }

    // Temporal columns compared by value (see TemporalCells); every other cell as its canonical text.
    private static bool SameTemporals(QueryResult result, ExpectedTable table, List<int> keep, bool ordered)
    {
        var temporal = keep.Where(i => result.Records.Any(r => TemporalCells.IsTemporal(r.Values[i]))).ToHashSet();
        if (temporal.Count == 0) return false;
        string Cell(int column, string text) => temporal.Contains(column) ? TemporalCells.Normalize(CanonicalText.Of(text)) : CanonicalText.Of(text);
        var actual = result.Records.Select(r => string.Join(" | ", keep.Select(i => Cell(i, ValueText.Of(r.Values[i]))))).ToList();
        var expected = table.Rows.Select(r => string.Join(" | ", keep.Select(i => Cell(i, r[i])))).ToList();
        return Same(actual, expected, ordered);
    }

    /// <summary>
    /// Rows are compared in order only when the query sorts after its last reading clause: an ORDER BY that a
    /// later MATCH, UNWIND or CALL follows says nothing about the order of the rows returned.
    /// </summary>
    private static bool Sorted(string query)
    {
        var sorts = OrderBy().Matches(query);
        if (sorts.Count == 0) return false;
        var reads = Reading().Matches(query);
        return reads.Count == 0 || sorts[^1].Index > reads[^1].Index;
    }

    private static Outcome Fail(string detail) => new(false, ExampleRunner.OneLine(detail));

    private static string Column(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static string RowText(IEnumerable<string> cells) => string.Join(" | ", cells.Select(CanonicalText.Of));

    private static bool Same(List<string> actual, List<string> expected, bool ordered) =>
        ordered ? actual.SequenceEqual(expected) : SameMultiset(actual, expected);

    private static bool SameMultiset(List<string> a, List<string> b) =>
        a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));

    private static int? Counter(QueryCounters c, string name) => name.ToUpperInvariant() switch
    {
        "NODES CREATED" => c.NodesCreated,
        "NODES DELETED" => c.NodesDeleted,
        "RELATIONSHIPS CREATED" => c.RelationshipsCreated,
        "RELATIONSHIPS DELETED" => c.RelationshipsDeleted,
        "PROPERTIES SET" => c.PropertiesSet,
        "LABELS ADDED" => c.LabelsAdded,
        "LABELS REMOVED" => c.LabelsRemoved,
        _ => null,
    };

    [GeneratedRegex(@"\bORDER\s+BY\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"\b(MATCH|UNWIND|CALL)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reading();
}
