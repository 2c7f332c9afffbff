namespace Graph.Cypher.Import;

/// <summary>
/// One id space: CSV id text → node id, in an open-addressing table over one growing char buffer.
/// A million ids cost a few flat arrays instead of a million strings the collector must keep moving,
/// which is what a Dictionary&lt;string, long&gt; costs while an import runs.
/// </summary>
internal sealed class IdMap
{
    private char[] _text = new char[1 << 16];
    private int _textLength;
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    public int Count => _count;

    /// <summary>Adds the id; false when the space already has it.</summary>
    public bool TryAdd(ReadOnlySpan<char> id, long node)
    {
        if ((_count + 1) * 4 > _slots.Length * 3)
        {
            Grow();
        }

        var hash = Hash(id);
        var index = Find(id, hash);
        if (_slots[index].Length > 0)
        {
            return false;
        }

        if (_textLength + id.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_textLength + id.Length, _text.Length * 2));
        }

        id.CopyTo(_text.AsSpan(_textLength));
        _slots[index] = new Slot(hash, _textLength, id.Length, node);
        _textLength += id.Length;
        _count++;
        return true;
    }

    public bool TryGetValue(ReadOnlySpan<char> id, out long node)
    {
        var slot = _slots[Find(id, Hash(id))];
        node = slot.Node;
        return slot.Length > 0;
    }

    // Empty ids never reach the map (an empty :ID field is no id), so Length 0 marks a free slot.
    private int Find(ReadOnlySpan<char> id, int hash)
    {
        var mask = _slots.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var slot = _slots[index];
            if (slot.Length == 0 || (slot.Hash == hash && _text.AsSpan(slot.Offset, slot.Length).SequenceEqual(id)))
            {
                return index;
            }

            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Length > 0)
            {
                var index = slot.Hash & mask;
                while (_slots[index].Length > 0)
                {
                    index = (index + 1) & mask;
                }

                _slots[index] = slot;
            }
        }
    }

    // Randomised per process (Marvin), so crafted ids cannot force collisions.
    private static int Hash(ReadOnlySpan<char> id) => string.GetHashCode(id) & int.MaxValue;

    private readonly record struct Slot(int Hash, int Offset, int Length, long Node);
}
