namespace Graph.Cypher.Values;

/// <summary>
/// Builds a map value that stays an <see cref="ExportedMap"/> while every value has an export form; the first
/// value without one moves the entries, in order, to a <see cref="CypherMap"/>, which results export as usual.
/// </summary>
internal struct ExportingMap(int capacity)
{
    private ExportedMap? _exported = new(capacity);
    private CypherMap? _plain;

    public readonly IReadOnlyDictionary<string, object?> Map => (IReadOnlyDictionary<string, object?>?)_exported ?? _plain!;

    public readonly int Count => _exported?.Count ?? _plain!.Count;

    /// <summary>A key set again keeps its first position and takes the new value, as in a <see cref="CypherMap"/>.</summary>
    public void Set(string key, object? value)
    {
        if (_exported is not null)
        {
            if (ExportForm.TryConvert(value, out var exported))
            {
                _exported[key] = exported;
                return;
            }

            _plain = new CypherMap(_exported.Count + 1);
            foreach (var (k, v) in _exported) _plain.Set(k, v);
            _exported = null;
        }

        _plain!.Set(key, value);
    }

    public readonly void EnsureCapacity(int capacity)
    {
        if (_exported is not null) _exported.EnsureCapacity(capacity);
        else _plain!.EnsureCapacity(capacity);
    }
}
