using Graph.Core.Store;
using Graph.TckRunner.Values;

namespace Graph.TckRunner.Running;

/// <summary>Compares a result with a TCK table: the same columns and the same rows, in order or as a multiset.</summary>
internal static class ResultTable
{
    public static void Check(QueryResult actual, IReadOnlyList<IReadOnlyList<string>> table, bool ordered, bool sortLists)
    {
        var header = table[0];
        if (!header.SequenceEqual(actual.Columns))
        {
            throw new ScenarioFailure($"columns [{string.Join(", ", actual.Columns)}], expected [{string.Join(", ", header)}]");
        }
        var expected = table.Skip(1).Select(row => Row(row.Select(cell => TckValueParser.Parse(cell)), sortLists)).ToList();
        var rows = actual.Records.Select(record => Row(record.Values, sortLists)).ToList();
        if (ordered ? rows.SequenceEqual(expected, StringComparer.Ordinal) : SameMultiset(rows, expected)) return;
        var missing = expected.Except(rows, StringComparer.Ordinal).FirstOrDefault();
        var extra = rows.Except(expected, StringComparer.Ordinal).FirstOrDefault();
        throw new ScenarioFailure(
            $"{rows.Count} rows, expected {expected.Count}{(ordered ? " (in order)" : "")}; " +
            (extra is not null ? $"unexpected {extra}" : "") + (missing is not null ? $" missing {missing}" : "") +
            (extra is null && missing is null ? $"got {string.Join(" ", rows.Take(5))}" : ""));
    }

    private static string Row(IEnumerable<object?> values, bool sortLists) =>
        "| " + string.Join(" | ", values.Select(v => CanonicalText.Of(v, sortLists))) + " |";

    private static bool SameMultiset(List<string> a, List<string> b) =>
        a.Count == b.Count && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
