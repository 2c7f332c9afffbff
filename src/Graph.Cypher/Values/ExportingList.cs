namespace Graph.Cypher.Values;

/// <summary>
/// Builds a list value that stays an <see cref="ExportedList"/> while every item has an export form; the
/// first item without one turns it into a plain list (copied once), which results then export as usual.
/// </summary>
internal struct ExportingList(int capacity)
{
    private List<object?> _items = new ExportedList(capacity);

    public readonly List<object?> Items => _items;

    public readonly int Count => _items.Count;

    /// <summary>A new builder holding the same items (already in the form this one holds them).</summary>
    public readonly ExportingList Copy()
    {
        var copy = new ExportingList(_items.Count);
        foreach (var item in _items) copy.Add(item);
        return copy;
    }

    public void Add(object? value)
    {
        if (_items is ExportedList)
        {
            if (ExportForm.TryConvert(value, out var exported)) value = exported;
            else _items = new List<object?>(_items);
        }
        _items.Add(value);
    }
}
