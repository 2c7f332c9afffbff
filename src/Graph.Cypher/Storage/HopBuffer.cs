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

    /// <summary>
    /// Keeps, in order, the hops whose other end passes the test (a static lambda with its state passed in,
    /// so no closure is allocated per call).
    /// </summary>
    public void KeepOthers<TState>(TState state, Func<TState, long, bool> keep)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (keep(state, _items[i].Other))
            {
                _items[kept++] = _items[i];
            }
        }

        Count = kept;
    }

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
