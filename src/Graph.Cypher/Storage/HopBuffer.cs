namespace Graph.Cypher.Storage;

/// <summary>
/// A reusable list of <see cref="Hop"/>s that an expansion fills: the caller keeps one per walking
/// depth, so expanding a node allocates nothing once the buffer has grown to the largest degree seen.
/// </summary>
internal sealed class HopBuffer
{
    /// <summary>Buffers up to this size are worth keeping for reuse; larger ones were for a rare dense node.</summary>
    public const int PooledCapacity = 4096;

    private Hop[] _items = new Hop[16];
    private long[] _scratch = new long[16];

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public Hop this[int index] => _items[index];

    public void Clear() => Count = 0;

    /// <summary>Makes room for <paramref name="extra"/> more hops, so a fill of known size grows once.</summary>
    public void Reserve(int extra)
    {
        if (Count + extra > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + extra, _items.Length * 2));
        }
    }

    /// <summary>Keeps only the hops at the given positions (ascending), in order.</summary>
    public void KeepAt(int index, int position) => _items[position] = _items[index];

    public void Truncate(int count) => Count = count;

    /// <summary>Per-hop working space for a storage pass (e.g. property block references).</summary>
    internal Span<long> Scratch()
    {
        if (_scratch.Length < Count)
        {
            _scratch = new long[_items.Length];
        }

        return _scratch.AsSpan(0, Count);
    }

    public void Add(long relationship, long other)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = new Hop(relationship, other);
    }
}
