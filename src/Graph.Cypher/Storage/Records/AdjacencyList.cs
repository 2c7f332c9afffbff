namespace Graph.Cypher.Storage.Records;

/// <summary>
/// One direction of a node's adjacency: for each relationship its id, other end and type token side by
/// side in one array (stride 3), so that expanding a node reads this array and no relationship slot.
/// 12 bytes an entry while every id fits an int (ids are dense and start at 0), widened once to 24
/// when one does not. A mutable struct: only ever used as a field of its owner, never copied by value.
/// A packed list (<see cref="PackedAdjacency"/>) is a window of entries in an array shared by every node of a
/// reopened store: it starts past entry 0 (which the packed array leaves unused), so a start above zero
/// marks it, and it is only read or copied, never changed in place.
/// </summary>
internal struct AdjacencyList
{
    private const int Stride = 3;

    private int[] _narrow;
    private long[]? _wide;

    // First entry of a packed window (0 for a list that owns its array).
    private int _start;

    /// <summary>An empty list with room for exactly <paramref name="capacity"/> entries.</summary>
    public AdjacencyList(int capacity)
        : this(capacity == 0 ? [] : new int[capacity * Stride], null, 0)
    {
    }

    private AdjacencyList(int[] narrow, long[]? wide, int count)
    {
        _narrow = narrow;
        _wide = wide;
        Count = count;
    }

    public static AdjacencyList Empty => new([], null, 0);

    /// <summary>A read-only window of <paramref name="count"/> entries from entry <paramref name="start"/> (above 0) of a packed array.</summary>
    public static AdjacencyList Packed(int[] entries, int start, int count) =>
        start > 0 ? new(entries, null, count) { _start = start } : throw new ArgumentOutOfRangeException(nameof(start), "Entry 0 of a packed array is never used.");

    public int Count { get; private set; }

    /// <summary>How many entries fit before the next append grows the array.</summary>
    public readonly int Capacity => _start > 0 ? Count : (_wide?.Length ?? _narrow.Length) / Stride;

    public readonly AdjacencyEntry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var at = (_start + index) * Stride;
            return _wide is { } wide
                ? new(wide[at], wide[at + 1], (int)wide[at + 2])
                : new(_narrow[at], _narrow[at + 1], _narrow[at + 2]);
        }
    }

    /// <summary>
    /// A copy with room for <paramref name="room"/> more entries: a writer copies a list just before
    /// appending to it, and room for that one entry saves growing the fresh copy at once.
    /// </summary>
    public readonly AdjacencyList Copy(int room)
    {
        if (Count + room == 0)
        {
            return Empty;
        }

        var length = Count * Stride;
        if (_wide is { } wide)
        {
            var copy = new long[length + (room * Stride)];
            Array.Copy(wide, copy, length);
            return new([], copy, Count);
        }

        var narrow = new int[length + (room * Stride)];
        Array.Copy(_narrow, _start * Stride, narrow, 0, length);
        return new(narrow, null, Count);
    }

    /// <summary>Drops spare capacity; only for a list no reader but its writer can see yet.</summary>
    public void TrimExcess()
    {
        ThrowIfPacked();
        var length = Count * Stride;
        if (_wide is { } wide)
        {
            if (wide.Length > length)
            {
                _wide = wide[..length];
            }
        }
        else if (_narrow.Length > length)
        {
            _narrow = _narrow[..length];
        }
    }

    public void Add(long relationship, long other, int type)
    {
        ThrowIfPacked();
        if (_wide is null && ((ulong)relationship > int.MaxValue || (ulong)other > int.MaxValue))
        {
            Widen();
        }

        var at = Count * Stride;
        if (_wide is not null)
        {
            if (at == _wide.Length)
            {
                Array.Resize(ref _wide, Grown());
            }

            _wide[at] = relationship;
            _wide[at + 1] = other;
            _wide[at + 2] = type;
        }
        else
        {
            if (at == _narrow.Length)
            {
                Array.Resize(ref _narrow, Grown());
            }

            _narrow[at] = (int)relationship;
            _narrow[at + 1] = (int)other;
            _narrow[at + 2] = type;
        }

        Count++;
    }

    /// <summary>Removes the entry of this relationship, keeping the others in order; absent is a no-op.</summary>
    public void Remove(long relationship)
    {
        ThrowIfPacked();
        var index = IndexOf(relationship);
        if (index < 0)
        {
            return;
        }

        var from = (index + 1) * Stride;
        var length = (Count - index - 1) * Stride;
        if (_wide is { } wide)
        {
            Array.Copy(wide, from, wide, index * Stride, length);
        }
        else
        {
            Array.Copy(_narrow, from, _narrow, index * Stride, length);
        }

        Count--;
    }

    /// <summary>
    /// Adds a hop for each entry of a matching type, except those whose other end is <paramref name="skipOther"/>
    /// (-1: none), newest first: Neo4j prepends each new relationship to a node's chain, so expansions, pattern
    /// comprehensions and collect() over them list the most recently created relationship first.
    /// </summary>
    public readonly void AppendHops(TypeFilter types, long skipOther, HopBuffer into)
    {
        into.Reserve(Count);
        if (_wide is { } wide)
        {
            for (var at = (Count - 1) * Stride; at >= 0; at -= Stride)
            {
                if (types.Matches((int)wide[at + 2]) && wide[at + 1] != skipOther)
                {
                    into.Add(wide[at], wide[at + 1]);
                }
            }

            return;
        }

        var narrow = _narrow.AsSpan(_start * Stride, Count * Stride);
        for (var at = narrow.Length - Stride; at >= 0; at -= Stride)
        {
            if (types.Matches(narrow[at + 2]) && narrow[at + 1] != skipOther)
            {
                into.Add(narrow[at], narrow[at + 1]);
            }
        }
    }

    /// <summary>Adds the relationship id of each entry <see cref="AppendHops"/> would take, in the same order.</summary>
    public readonly void AppendRelationships(TypeFilter types, long skipOther, List<long> into)
    {
        for (var index = Count - 1; index >= 0; index--)
        {
            var (relationship, other, type) = this[index];
            if (types.Matches(type) && other != skipOther)
            {
                into.Add(relationship);
            }
        }
    }

    /// <summary>How many entries <see cref="AppendHops"/> would take.</summary>
    public readonly int CountMatching(TypeFilter types, long skipOther)
    {
        var count = 0;
        var narrow = Narrow;
        for (var at = 0; at < Count * Stride; at += Stride)
        {
            var (other, type) = _wide is { } wide ? (wide[at + 1], (int)wide[at + 2]) : (narrow[at + 1], narrow[at + 2]);
            if (types.Matches(type) && other != skipOther)
            {
                count++;
            }
        }

        return count;
    }

    // The narrow entries of this list (a packed window starts inside the shared array).
    private readonly ReadOnlySpan<int> Narrow => _narrow.AsSpan(_start * Stride);

    private readonly void ThrowIfPacked()
    {
        if (_start > 0)
        {
            throw new InvalidOperationException("A packed adjacency list is shared and read-only; copy it first.");
        }
    }

    private readonly int IndexOf(long relationship)
    {
        for (var at = 0; at < Count * Stride; at += Stride)
        {
            if ((_wide is { } wide ? wide[at] : _narrow[at]) == relationship)
            {
                return at / Stride;
            }
        }

        return -1;
    }

    // Doubling, from 4 entries: appends stay amortised O(1).
    private readonly int Grown() => Math.Max(4, Count * 2) * Stride;

    private void Widen()
    {
        _wide = new long[Math.Max(_narrow.Length, 4 * Stride)];
        for (var at = 0; at < Count * Stride; at++)
        {
            _wide[at] = _narrow[at];
        }

        _narrow = [];
    }
}
