using System.Collections.Immutable;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>One index entry: the key (a value, or object[] for composite indexes) and the entity id.</summary>
internal readonly record struct IndexEntry(object Key, long Id);

/// <summary>
/// An immutable range index ordered by (key in <see cref="ValueOrder"/>, id). Most entries sit in a
/// packed sorted <see cref="KeyRun"/> built in one sort; single writes go to a small sorted delta and a
/// set of masked run ids, folded back into a new run once they pass an eighth of it — so a write costs
/// O(log delta) plus an amortised constant, readers share everything, and an entry costs ~12 bytes
/// plus its key bytes instead of a tree node and a boxed key.
/// </summary>
internal sealed class RangeIndex
{
    public static readonly RangeIndex Empty = new(KeyRun.Empty, ImmutableSortedSet.Create(EncodedEntry.Order), [], 0);

    private static readonly byte[] Start = IndexKeyCodec.GroupStart(0);

    private readonly KeyRun _run;
    private readonly ImmutableSortedSet<EncodedEntry> _added;
    private readonly ImmutableHashSet<long> _masked;

    private RangeIndex(KeyRun run, ImmutableSortedSet<EncodedEntry> added, ImmutableHashSet<long> masked, int distinctKeys)
    {
        _run = run;
        _added = added;
        _masked = masked;
        DistinctKeys = distinctKeys;
    }

    private delegate bool KeyTest(ReadOnlySpan<byte> key);

    public int Count => _run.Count - _masked.Count + _added.Count;

    /// <summary>How many different keys the entries hold (the planner's selectivity is DistinctKeys / Count); kept on every write.</summary>
    public int DistinctKeys { get; }

    /// <summary>Builds an index in one sort (filling a new index, recovery, bulk import).</summary>
    public static RangeIndex From(IEnumerable<IndexEntry> entries)
    {
        var builder = new RangeIndexBuilder();
        foreach (var entry in entries)
        {
            builder.Add(entry.Key, entry.Id);
        }

        return builder.Build();
    }

    /// <summary>An index holding exactly a run built elsewhere (<see cref="RangeIndexBuilder"/>).</summary>
    internal static RangeIndex FromRun(KeyRun run)
    {
        // Sorted by key: a new key starts wherever a neighbour differs.
        var distinct = run.Count == 0 ? 0 : 1;
        for (var i = 1; i < run.Count; i++)
        {
            if (IndexKeyCodec.Compare(run.Key(i - 1), run.Key(i)) != 0)
            {
                distinct++;
            }
        }

        return new(run, Empty._added, Empty._masked, distinct);
    }

    public RangeIndex Add(object key, long id)
    {
        var encoded = IndexKeyCodec.Encode(key);
        var distinct = HasKey(encoded) ? DistinctKeys : DistinctKeys + 1;
        return Fold(_run, _added.Add(new EncodedEntry(encoded, id)), _masked, distinct);
    }

    public RangeIndex Remove(object key, long id)
    {
        var entry = new EncodedEntry(IndexKeyCodec.Encode(key), id);
        RangeIndex removed;
        if (_added.Contains(entry))
        {
            removed = new RangeIndex(_run, _added.Remove(entry), _masked, DistinctKeys);
        }
        else
        {
            var at = _run.LowerBound(entry.Key, id);
            var inRun = at < _run.Count && _run.Id(at) == id && IndexKeyCodec.Compare(_run.Key(at), entry.Key) == 0;
            if (!inRun)
            {
                return this;
            }

            removed = Fold(_run, _added, _masked.Add(id), DistinctKeys);
        }

        return removed.HasKey(entry.Key) ? removed : removed.WithDistinctKeys(DistinctKeys - 1);
    }

    /// <summary>Whether any live entry has exactly this key: the first unmasked run entry or delta entry at it.</summary>
    private bool HasKey(byte[] encoded)
    {
        for (var i = _run.LowerBound(encoded, long.MinValue); i < _run.Count && IndexKeyCodec.Compare(_run.Key(i), encoded) == 0; i++)
        {
            if (!_masked.Contains(_run.Id(i)))
            {
                return true;
            }
        }

        var j = _added.IndexOf(new EncodedEntry(encoded, long.MinValue));
        j = j < 0 ? ~j : j;
        return j < _added.Count && IndexKeyCodec.Compare(_added[j].Key, encoded) == 0;
    }

    private RangeIndex WithDistinctKeys(int distinct) => new(_run, _added, _masked, distinct);

    public IEnumerable<long> Equal(object key)
    {
        var encoded = IndexKeyCodec.Encode(key);
        return Walk(encoded, k => IndexKeyCodec.Compare(k, encoded) == 0);
    }

    public IEnumerable<long> StartingWith(string prefix)
    {
        var encoded = IndexKeyCodec.EncodePrefix(prefix);
        return Walk(encoded, k => k.StartsWith(encoded));
    }

    /// <summary>
    /// Entries of the bound's type group (numbers, strings, dates, …) between the bounds, both inclusive;
    /// a missing bound runs to the end of the group. Callers filter strictness themselves.
    /// </summary>
    public IEnumerable<long> Between(object? lower, object? upper)
    {
        var group = ValueOrder.Group((lower ?? upper)!);
        var from = lower is null ? IndexKeyCodec.GroupStart(group) : IndexKeyCodec.Encode(lower);
        var to = upper is null ? null : IndexKeyCodec.Encode(upper);
        return Walk(from, k => IndexKeyCodec.Group(k) == group && (to is null || IndexKeyCodec.Compare(k, to) <= 0));
    }

    /// <summary>Every entry in order (checks, rebuilding).</summary>
    public IEnumerable<long> All() => Walk(Start, _ => true);

    /// <summary>The first key held by two entries (checking a uniqueness constraint after a bulk build), or null.</summary>
    public (object Key, long First, long Second)? FindDuplicate()
    {
        if (_added.Count == 0 && _masked.Count == 0)
        {
            // The common case (a fresh build): neighbours in the run, compared in place.
            for (var i = 1; i < _run.Count; i++)
            {
                if (IndexKeyCodec.Compare(_run.Key(i - 1), _run.Key(i)) == 0)
                {
                    return (IndexKeyCodec.Decode(_run.Key(i)), _run.Id(i - 1), _run.Id(i));
                }
            }

            return null;
        }

        byte[]? previous = null;
        long previousId = 0;
        (object, long, long)? found = null;
        Walk(Start, _ => found is null, (key, id) =>
        {
            if (previous is not null && IndexKeyCodec.Compare(previous, key) == 0)
            {
                found = (IndexKeyCodec.Decode(key), previousId, id);
            }

            previous = key.ToArray();
            previousId = id;
        });
        return found;
    }

    private static RangeIndex Fold(KeyRun run, ImmutableSortedSet<EncodedEntry> added, ImmutableHashSet<long> masked, int distinct)
    {
        var index = new RangeIndex(run, added, masked, distinct);
        return added.Count + masked.Count > Math.Max(1024, run.Count / 8) ? index.Merged() : index;
    }

    private RangeIndex Merged()
    {
        var writer = new KeyRunWriter(Count, 16 * Count);
        Walk(Start, _ => true, writer.Append);
        return new RangeIndex(writer.ToRun(), Empty._added, Empty._masked, DistinctKeys);
    }

    private List<long> Walk(byte[] from, KeyTest keep)
    {
        var ids = new List<long>();
        Walk(from, keep, (_, id) => ids.Add(id));
        return ids;
    }

    // Both sources in (key, id) order from the first entry at or after `from`, while `keep` holds
    // (it holds for a prefix of the order from there), masked run entries skipped.
    private void Walk(byte[] from, KeyTest keep, KeyRunAppend emit)
    {
        var i = _run.LowerBound(from, long.MinValue);
        var j = _added.IndexOf(new EncodedEntry(from, long.MinValue));
        j = j < 0 ? ~j : j;
        while (true)
        {
            var fromRun = i < _run.Count && keep(_run.Key(i));
            var fromAdded = j < _added.Count && keep(_added[j].Key);
            if (!fromRun && !fromAdded)
            {
                return;
            }

            if (fromRun && (!fromAdded || Before(i, _added[j])))
            {
                if (!_masked.Contains(_run.Id(i)))
                {
                    emit(_run.Key(i), _run.Id(i));
                }

                i++;
            }
            else
            {
                var entry = _added[j++];
                emit(entry.Key, entry.Id);
            }
        }
    }

    private bool Before(int runIndex, EncodedEntry added)
    {
        var c = IndexKeyCodec.Compare(_run.Key(runIndex), added.Key);
        return c < 0 || (c == 0 && _run.Id(runIndex) < added.Id);
    }
}

/// <summary>Receives one entry of an ordered walk.</summary>
internal delegate void KeyRunAppend(ReadOnlySpan<byte> key, long id);
