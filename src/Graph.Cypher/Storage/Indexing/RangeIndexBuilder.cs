namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// Builds a <see cref="RangeIndex"/> in one sort with every key packed into one growing buffer: no
/// array or boxed value per entry. Strings can be added straight from their stored UTF-8, which for
/// text without supplementary characters is already the index's byte form.
/// </summary>
internal sealed class RangeIndexBuilder
{
    private byte[] _blob = new byte[1 << 12];
    private Entry[] _entries = new Entry[256];
    private int _size;
    private int _count;

    public void Add(object key, long id) => Add(IndexKeyCodec.Encode(key), id);

    /// <summary>A string key from UTF-8; false (nothing added) when it holds a supplementary character (use Add).</summary>
    public bool TryAddUtf8String(ReadOnlySpan<byte> utf8, long id)
    {
        // Four-byte sequences (lead byte 0xF0 and up) are surrogate pairs in UTF-16, which the key encodes unit by unit.
        if (utf8.IndexOfAnyInRange((byte)0xF0, (byte)0xFF) >= 0)
        {
            return false;
        }

        var at = Reserve(utf8.Length + 1, id);
        _blob[at] = IndexKeyCodec.StringGroup;
        utf8.CopyTo(_blob.AsSpan(at + 1));
        return true;
    }

    public RangeIndex Build()
    {
        var entries = _entries.AsSpan(0, _count);
        var blob = _blob;
        entries.Sort((x, y) =>
        {
            var c = IndexKeyCodec.Compare(blob.AsSpan(x.Offset, x.Length), blob.AsSpan(y.Offset, y.Length));
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        });
        var writer = new KeyRunWriter(_count, _size);
        for (var i = 0; i < entries.Length; i++)
        {
            var key = blob.AsSpan(entries[i].Offset, entries[i].Length);
            if (i > 0 && entries[i].Id == entries[i - 1].Id && key.SequenceEqual(blob.AsSpan(entries[i - 1].Offset, entries[i - 1].Length)))
            {
                continue;
            }

            writer.Append(key, entries[i].Id);
        }

        return RangeIndex.FromRun(writer.ToRun());
    }

    private void Add(byte[] key, long id)
    {
        var at = Reserve(key.Length, id);
        key.CopyTo(_blob, at);
    }

    private int Reserve(int length, long id)
    {
        if (_size + length > _blob.Length)
        {
            Array.Resize(ref _blob, Math.Max(_size + length, _blob.Length * 2));
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var at = _size;
        _entries[_count++] = new Entry(at, length, id);
        _size += length;
        return at;
    }

    private readonly record struct Entry(int Offset, int Length, long Id);
}
