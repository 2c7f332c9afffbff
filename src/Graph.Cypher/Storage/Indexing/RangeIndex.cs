using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>One index entry: the key (a value, or object[] for composite indexes) and the entity id.</summary>
internal readonly record struct IndexEntry(object Key, long Id);

/// <summary>
/// An immutable range index: entries sorted by (key in <see cref="ValueOrder"/>, id). Equality and
/// prefix seeks binary-search to the first candidate and walk forward.
/// </summary>
internal sealed class RangeIndex
{
    public static readonly RangeIndex Empty = new(ImmutableSortedSet.Create<IndexEntry>(EntryOrder.Instance));

    private readonly ImmutableSortedSet<IndexEntry> _entries;

    private RangeIndex(ImmutableSortedSet<IndexEntry> entries) => _entries = entries;

    public int Count => _entries.Count;

    /// <summary>Builds an index in one sort (filling a new index, recovery) instead of one rebalancing add per entry.</summary>
    public static RangeIndex From(IEnumerable<IndexEntry> entries) => new(Empty._entries.Union(entries));

    public RangeIndex Add(object key, long id) => new(_entries.Add(new IndexEntry(key, id)));

    public RangeIndex Remove(object key, long id) => new(_entries.Remove(new IndexEntry(key, id)));

    public IEnumerable<long> Equal(object key)
    {
        for (var i = FirstAtOrAfter(key); i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (!ValueOrder.Instance.AreEqual(entry.Key, key))
            {
                yield break;
            }

            yield return entry.Id;
        }
    }

    public IEnumerable<long> StartingWith(string prefix)
    {
        for (var i = FirstAtOrAfter(prefix); i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Key is not string text || !text.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }

            yield return entry.Id;
        }
    }

    /// <summary>
    /// Entries of the bound's type group (numbers, strings, dates, …) between the bounds, both inclusive;
    /// a missing bound runs to the end of the group. Callers filter strictness themselves.
    /// </summary>
    public IEnumerable<long> Between(object? lower, object? upper)
    {
        var group = ValueOrder.Group((lower ?? upper)!);
        var start = FirstWhereNot(e => ValueOrder.Group(e.Key) < group || (lower is not null && ValueOrder.Instance.Compare(e.Key, lower) < 0));
        for (var i = start; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (ValueOrder.Group(entry.Key) != group || (upper is not null && ValueOrder.Instance.Compare(entry.Key, upper) > 0))
            {
                yield break;
            }

            yield return entry.Id;
        }
    }

    // Binary search for the first entry the predicate no longer holds for (it holds for a prefix of the order).
    private int FirstWhereNot(Func<IndexEntry, bool> before)
    {
        int lo = 0, hi = _entries.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (before(_entries[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int FirstAtOrAfter(object key)
    {
        var index = _entries.IndexOf(new IndexEntry(key, long.MinValue));
        return index < 0 ? ~index : index;
    }

    private sealed class EntryOrder : IComparer<IndexEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(IndexEntry x, IndexEntry y)
        {
            var c = ValueOrder.Instance.Compare(x.Key, y.Key);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }
}
