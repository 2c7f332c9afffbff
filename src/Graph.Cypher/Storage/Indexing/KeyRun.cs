namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// An immutable run of index entries sorted by (encoded key, id), packed into three arrays: all key
/// bytes in one blob, their offsets, and the ids. About 12 bytes plus the key's bytes an entry, and a
/// seek is a binary search over spans.
/// </summary>
internal sealed class KeyRun
{
    public static readonly KeyRun Empty = new([], [0], []);

    private readonly byte[] _blob;
    private readonly int[] _offsets;
    private readonly long[] _ids;

    internal KeyRun(byte[] blob, int[] offsets, long[] ids)
    {
        _blob = blob;
        _offsets = offsets;
        _ids = ids;
    }

    public int Count => _ids.Length;

    public ReadOnlySpan<byte> Key(int index) => _blob.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public long Id(int index) => _ids[index];

    /// <summary>The first position whose entry is at or after (key, id).</summary>
    public int LowerBound(ReadOnlySpan<byte> key, long id)
    {
        int lo = 0, hi = _ids.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = IndexKeyCodec.Compare(Key(mid), key);
            if (c < 0 || (c == 0 && _ids[mid] < id))
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
}
