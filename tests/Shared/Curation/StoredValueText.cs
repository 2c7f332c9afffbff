namespace Graph.CurationSuite;

/// <summary>
/// A stored value as one deterministic text (maps with sorted keys, strings quoted), so two dumps of a graph compare
/// equal exactly when their values do, whichever engine answered.
/// </summary>
internal static class StoredValueText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ": " + Of(kv.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
