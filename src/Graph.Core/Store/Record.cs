namespace Graph.Core.Store;

/// <summary>One result row; values are null, bool, long, double, string, lists, maps, graph entities or temporals.</summary>
public sealed class Record
{
    private readonly IReadOnlyList<string> _columns;

    public Record(IReadOnlyList<string> columns, IReadOnlyList<object?> values)
    {
        if (columns.Count != values.Count) throw new ArgumentException("Every column needs exactly one value.", nameof(values));
        _columns = columns;
        Values = values;
    }

    public IReadOnlyList<string> Keys => _columns;

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string column]
    {
        get
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i] == column) return Values[i];
            }
            throw new KeyNotFoundException($"No column '{column}' in this record.");
        }
    }

    public T? Get<T>(string column) => (T?)this[column];
}
