namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A growable list of relationship ids held inside an <see cref="Adjacency"/>: 4 bytes an id while every
/// id fits an int (ids are dense and start at 0), widened once to 8 bytes when one does not.
/// A mutable struct: only ever used as a field of its owner, never copied by value.
/// </summary>
internal struct RelationshipIdList
{
    private int[] _narrow;
    private long[]? _wide;

    public RelationshipIdList(int[] narrow, long[]? wide, int count)
    {
        _narrow = narrow;
        _wide = wide;
        Count = count;
    }

    public static RelationshipIdList Empty => new([], null, 0);

    public int Count { get; private set; }

    public readonly long this[int index] => _wide is { } wide ? wide[index] : _narrow[index];

    /// <summary>An exact-size copy (no spare capacity: most copies are never appended to twice).</summary>
    public readonly RelationshipIdList Copy() =>
        Count == 0 ? Empty : _wide is { } wide ? new([], wide[..Count], Count) : new(_narrow[..Count], null, Count);

    public void Add(long id)
    {
        if (_wide is null && (ulong)id > int.MaxValue)
        {
            _wide = new long[Math.Max(4, _narrow.Length)];
            for (var i = 0; i < Count; i++)
            {
                _wide[i] = _narrow[i];
            }

            _narrow = [];
        }

        if (_wide is { } wide)
        {
            if (Count == wide.Length)
            {
                Array.Resize(ref _wide, Math.Max(4, Count * 2));
            }

            _wide![Count++] = id;
            return;
        }

        if (Count == _narrow.Length)
        {
            Array.Resize(ref _narrow, Math.Max(4, Count * 2));
        }

        _narrow[Count++] = (int)id;
    }

    public void Remove(long id)
    {
        var index = -1;
        for (var i = 0; i < Count && index < 0; i++)
        {
            if (this[i] == id)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            return;
        }

        if (_wide is { } wide)
        {
            Array.Copy(wide, index + 1, wide, index, Count - index - 1);
        }
        else
        {
            Array.Copy(_narrow, index + 1, _narrow, index, Count - index - 1);
        }

        Count--;
    }
}
