namespace Graph.Cypher.Execution;

/// <summary>
/// One row flowing between operators: variable name → value. Rows are never mutated once shared;
/// <see cref="With"/> copies, so branches of a plan (OPTIONAL MATCH, subqueries) cannot see each other.
/// </summary>
internal sealed class Row
{
    private readonly Dictionary<string, object?> _values;

    public Row() => _values = new Dictionary<string, object?>(StringComparer.Ordinal);

    private Row(Dictionary<string, object?> values) => _values = values;

    public static Row Empty { get; } = new();

    public IEnumerable<string> Names => _values.Keys;

    public int Count => _values.Count;

    public bool Has(string name) => _values.ContainsKey(name);

    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    public object? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public Row With(string name, object? value)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [name] = value };
        return new Row(copy);
    }

    public Row WithAll(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (k, v) in values) copy[k] = v;
        return new Row(copy);
    }

    public Row Only(IEnumerable<string> names)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (_values.TryGetValue(n, out var v)) copy[n] = v;
        }
        return new Row(copy);
    }

    public IEnumerable<KeyValuePair<string, object?>> Entries => _values;
}
