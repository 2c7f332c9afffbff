using System.Buffers.Binary;
using System.Text.Unicode;

namespace Graph.Cypher.Storage.Records;

/// <summary>
/// Encodes property blocks in <see cref="PropertyCodec"/>'s form into one growing buffer, outside the
/// store: a bulk import's parser encodes each row where its text is still in cache, and the store only
/// copies the finished bytes. Values that need the arena's side table (lists, temporals, points) and
/// strings UTF-8 cannot carry are refused; the caller passes those rows as values instead.
/// </summary>
internal sealed class PropertyBlockWriter
{
    // A block's count is one varint byte here: rows come from CSV columns, far fewer than 128.
    private const int MaxEntries = 127;

    private byte[] _bytes = new byte[1 << 14];
    private int _length;
    private int _start = -1;
    private int _count;

    public byte[] Buffer => _bytes;

    public void Begin()
    {
        _start = _length;
        _count = 0;
        Reserve(1)[0] = 0;
    }

    public bool TryAddString(int key, ReadOnlySpan<char> value)
    {
        var mark = _length;
        Entry(key, PropertyCodec.StringTag);
        var length = value.Length <= 42 ? 1 : 5;
        var space = Reserve(length + (value.Length * 3));
        if (Utf8.FromUtf16(value, space[length..], out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            _length = mark;
            _count--;
            return false;
        }

        // The varint length went in front of bytes written a little ahead; move them back to meet it.
        var prefix = Varint(space, (uint)written);
        space.Slice(length, written).CopyTo(space[prefix..]);
        _length = _length - space.Length + prefix + written;
        return true;
    }

    public void AddLong(int key, long value)
    {
        Entry(key, PropertyCodec.LongTag);
        var space = Reserve(10);
        _length -= 10 - Varint(space, (ulong)((value << 1) ^ (value >> 63)));
    }

    public void AddDouble(int key, double value)
    {
        Entry(key, PropertyCodec.DoubleTag);
        BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);
    }

    public void AddBoolean(int key, bool value) => Entry(key, value ? PropertyCodec.TrueTag : PropertyCodec.FalseTag);

    /// <summary>Closes the block; its bytes are <c>Buffer[Start..Start+Length]</c>.</summary>
    public (int Start, int Length) End()
    {
        if (_count > MaxEntries)
        {
            throw new InvalidOperationException($"A bulk-encoded block holds at most {MaxEntries} properties.");
        }

        _bytes[_start] = (byte)_count;
        var block = (_start, _length - _start);
        _start = -1;
        return block;
    }

    /// <summary>Drops the open block (the row goes the value way).</summary>
    public void Abandon()
    {
        _length = _start;
        _start = -1;
    }

    private void Entry(int key, byte tag)
    {
        _count++;
        var space = Reserve(6);
        var used = Varint(space, (uint)key);
        space[used] = tag;
        _length -= 6 - used - 1;
    }

    private Span<byte> Reserve(int count)
    {
        if (_bytes.Length - _length < count)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }

        var span = _bytes.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private static int Varint(Span<byte> target, ulong value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            target[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[at++] = (byte)value;
        return at;
    }
}
