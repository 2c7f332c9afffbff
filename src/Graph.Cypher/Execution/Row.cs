namespace Graph.Cypher.Execution;

/// <summary>
/// One row flowing between operators: variable name → value, as an immutable chain of bindings (newest
/// first). <see cref="With"/> adds one link instead of copying, so binding a variable per match costs one
/// small object; branches of a plan (OPTIONAL MATCH, subqueries) share their common prefix but cannot see
/// each other's bindings. Rows hold a handful of variables, so a linear walk beats hashing.
/// </summary>
internal sealed class Row
{
    private readonly Row? _parent;
    private readonly string? _name;
    private readonly object? _value;

    /// <summary>An empty row.</summary>
    public Row()
    {
    }

    private Row(Row parent, string name, object? value)
    {
        _parent = parent;
        _name = name;
        _value = value;
        Count = parent.Count + 1;
    }

    public static Row Empty { get; } = new();

    /// <summary>Names in the order they were first bound.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            var names = new string[Count];
            var i = Count;
            for (var r = this; r._name is not null; r = r._parent!) names[--i] = r._name;
            return names;
        }
    }

    /// <summary>Each name is bound once in the chain (see <see cref="With"/>), so the links are the distinct variables.</summary>
    public int Count { get; }

    public bool Has(string name) => Find(name) is not null;

    public bool TryGet(string name, out object? value)
    {
        var link = Find(name);
        value = link?._value;
        return link is not null;
    }

    public object? Get(string name) => Find(name)?._value;

    /// <summary>The row plus one binding; rebinding a name keeps its position (as a dictionary update would).</summary>
    public Row With(string name, object? value) =>
        Find(name) is null ? new Row(this, name, value) : Rebuild(name, value);

    public Row WithAll(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var row = this;
        foreach (var (k, v) in values) row = row.With(k, v);
        return row;
    }

    /// <summary>The row with only these names (a subquery's imported variables): walked by index, no enumerator.</summary>
    public Row Only(IReadOnlyList<string> names)
    {
        // A row holding just the one name asked for is its own restriction (a nested subquery's import).
        if (names.Count == 1 && Count == 1 && _name == names[0]) return this;
        var row = Empty;
        for (var i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (Find(n) is { } link && !row.Has(n)) row = new Row(row, n, link._value);
        }
        return row;
    }

    public Row Only(IEnumerable<string> names)
    {
        var row = Empty;
        foreach (var n in names)
        {
            if (Find(n) is { } link && !row.Has(n)) row = new Row(row, n, link._value);
        }
        return row;
    }

    public IEnumerable<KeyValuePair<string, object?>> Entries
    {
        get
        {
            var entries = new KeyValuePair<string, object?>[Count];
            var i = Count;
            for (var r = this; r._name is not null; r = r._parent!) entries[--i] = new(r._name, r._value);
            return entries;
        }
    }

    private Row? Find(string name)
    {
        for (var r = this; r._name is not null; r = r._parent!)
        {
            if (string.Equals(r._name, name, StringComparison.Ordinal)) return r;
        }
        return null;
    }

    private Row Rebuild(string name, object? value)
    {
        var row = Empty;
        foreach (var (k, v) in Entries) row = new Row(row, k, string.Equals(k, name, StringComparison.Ordinal) ? value : v);
        return row;
    }
}
