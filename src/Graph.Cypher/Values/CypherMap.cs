using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.Cypher.Values;

/// <summary>
/// A Cypher map value that keeps keys in insertion order (Neo4j returns map literals as written).
/// Small maps are the common case, so lookups scan the entries until they grow, then use a hash index.
/// Entries live in one array of key/value pairs: a map is two objects, and builders that know the size
/// (map literals, projections) allocate it exactly.
/// </summary>
internal sealed class CypherMap : IReadOnlyDictionary<string, object?>
{
    private const int IndexThreshold = 8;
    private const int DefaultCapacity = 4;

    private KeyValuePair<string, object?>[] entries;
    private int count;
    private Dictionary<string, int>? index;

    public CypherMap()
        : this(DefaultCapacity)
    {
    }

    public CypherMap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        entries = capacity == 0 ? [] : new KeyValuePair<string, object?>[capacity];
    }

    public static CypherMap Empty => new(0);

    public int Count => count;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < count; i++) yield return entries[i].Key;
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < count; i++) yield return entries[i].Value;
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>Sets a key: an existing key keeps its position, a new key goes last.</summary>
    public void Set(string key, object? value)
    {
        var at = IndexOf(key);
        if (at >= 0)
        {
            entries[at] = new KeyValuePair<string, object?>(key, value);
            return;
        }
        if (count == entries.Length) Resize(Math.Max(DefaultCapacity, count * 2));
        entries[count++] = new KeyValuePair<string, object?>(key, value);
        index?.Add(key, count - 1);
        if (index is null && count > IndexThreshold) BuildIndex();
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> entries, so a builder that learns its size late grows once.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > entries.Length) Resize(capacity);
    }

    public string KeyAt(int position) => EntryAt(position).Key;

    public object? ValueAt(int position) => EntryAt(position).Value;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            value = null;
            return false;
        }
        value = entries[at].Value;
        return true;
    }

    /// <summary>Walks the entries in order without allocating when the static type is CypherMap.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Positions past Count hold stale or empty slots of the array; they must read as out of range.
    private ref readonly KeyValuePair<string, object?> EntryAt(int position)
    {
        if ((uint)position >= (uint)count) throw new ArgumentOutOfRangeException(nameof(position));
        return ref entries[position];
    }

    private int IndexOf(string key)
    {
        if (index is not null) return index.TryGetValue(key, out var at) ? at : -1;
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private void Resize(int capacity)
    {
        var grown = new KeyValuePair<string, object?>[capacity];
        Array.Copy(entries, grown, count);
        entries = grown;
    }

    private void BuildIndex()
    {
        index = new Dictionary<string, int>(count * 2, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) index[entries[i].Key] = i;
    }

    /// <summary>An allocation-free walk over the entries in insertion order.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, object?>>
    {
        private readonly CypherMap map;
        private int position;

        internal Enumerator(CypherMap map)
        {
            this.map = map;
            position = -1;
        }

        public readonly KeyValuePair<string, object?> Current => map.entries[position];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++position < map.count;

        public void Reset() => position = -1;

        public readonly void Dispose()
        {
        }
    }
}
