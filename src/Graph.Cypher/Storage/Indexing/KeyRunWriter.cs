namespace Graph.Cypher.Storage.Indexing;

/// <summary>Appends entries, in (key, id) order, into the arrays of a new <see cref="KeyRun"/>.</summary>
internal sealed class KeyRunWriter(int capacity, int keyBytes)
{
    private byte[] _blob = new byte[Math.Max(16, keyBytes)];
    private int[] _offsets = new int[Math.Max(4, capacity + 1)];
    private long[] _ids = new long[Math.Max(4, capacity)];
    private int _count;
    private int _size;

    public void Append(ReadOnlySpan<byte> key, long id)
    {
        if (_size + key.Length > _blob.Length)
        {
            Array.Resize(ref _blob, Math.Max(_size + key.Length, _blob.Length * 2));
        }

        if (_count + 1 >= _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
            Array.Resize(ref _ids, _ids.Length * 2);
        }

        _offsets[_count] = _size;
        key.CopyTo(_blob.AsSpan(_size));
        _size += key.Length;
        _ids[_count++] = id;
    }

    public KeyRun ToRun()
    {
        _offsets[_count] = _size;
        return _count == 0 ? KeyRun.Empty : new KeyRun(_blob[.._size], _offsets[..(_count + 1)], _ids[.._count]);
    }
}
