using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.Cypher.Values;

/// <summary>
/// A Cypher map value that keeps keys in insertion order (Neo4j returns map literals as written).
/// Small maps are the common case, so lookups scan the key list until it grows, then use a hash index.
/// </summary>
internal sealed class CypherMap : IReadOnlyDictionary<string, object?>
{
    private const int IndexThreshold = 8;

    private readonly List<string> keys;
    private readonly List<object?> values;
    private Dictionary<string, int>? index;

    public CypherMap()
        : this(4)
    {
    }

    public CypherMap(int capacity)
    {
        keys = new List<string>(capacity);
        values = new List<object?>(capacity);
    }

    public static CypherMap Empty => new(0);

    public int Count => keys.Count;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<object?> Values => values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets a key: an existing key keeps its position, a new key goes last.</summary>
    public void Set(string key, object? value)
    {
        var at = IndexOf(key);
        if (at >= 0)
        {
            values[at] = value;
            return;
        }
        keys.Add(key);
        values.Add(value);
        index?.Add(key, keys.Count - 1);
        if (index is null && keys.Count > IndexThreshold) BuildIndex();
    }

    public string KeyAt(int position) => keys[position];

    public object? ValueAt(int position) => values[position];

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            value = null;
            return false;
        }
        value = values[at];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < keys.Count; i++) yield return new KeyValuePair<string, object?>(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (index is not null) return index.TryGetValue(key, out var at) ? at : -1;
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private void BuildIndex()
    {
        index = new Dictionary<string, int>(keys.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) index[keys[i]] = i;
    }
}
