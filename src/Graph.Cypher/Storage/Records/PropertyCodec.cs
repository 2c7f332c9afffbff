using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Graph.Cypher.Storage.Records;

/// <summary>
/// The in-memory encoding of one entity's properties in a <see cref="PropertyArena"/>: a varint count,
/// then per property, in first-set order, a varint key token, a one-byte tag and the payload inline
/// (zigzag varint long, 8-byte double, no payload for booleans, varint length + UTF-8 for strings,
/// varint side-table index for anything else). Memory only: snapshots and the log use ValueCodec.
/// A read decodes just the value asked for (a string read allocates that one string).
/// </summary>
internal static class PropertyCodec
{
    internal const byte LongTag = 0;
    internal const byte DoubleTag = 1;
    internal const byte FalseTag = 2;
    internal const byte TrueTag = 3;
    internal const byte StringTag = 4;
    internal const byte ObjectTag = 5;

    [ThreadStatic]
    private static byte[]? t_scratch;

    public static long Write(PropertyArena arena, ReadOnlySpan<Property> properties)
    {
        if (properties.IsEmpty)
        {
            return PropertyArena.EmptyBlock;
        }

        var buffer = new Scratch(t_scratch ??= new byte[256]);
        buffer.WriteVarint((ulong)properties.Length);
        foreach (var property in properties)
        {
            WriteEntry(ref buffer, arena, property.Key, property.Value);
        }

        t_scratch = buffer.Bytes;
        return arena.Append(buffer.Written);
    }

    /// <summary>
    /// A new block with the key set (kept in place when present, appended when not) or removed when the
    /// value is null; the same block when removing an absent key. Other entries are copied as raw bytes.
    /// </summary>
    public static long With(PropertyArena arena, long block, int key, object? value)
    {
        var source = arena.Block(block);
        var position = 0;
        var count = (int)ReadVarint(source, ref position);
        var entriesStart = position;
        var (start, end) = (-1, -1);
        for (var i = 0; i < count; i++)
        {
            var entry = position;
            var k = (int)ReadVarint(source, ref position);
            Skip(source, ref position);
            if (k == key)
            {
                (start, end) = (entry, position);
            }
        }

        var entriesEnd = position;
        if (value is null && start < 0)
        {
            return block;
        }

        var newCount = count + (start < 0 ? 1 : 0) - (value is null ? 1 : 0);
        if (newCount == 0)
        {
            return PropertyArena.EmptyBlock;
        }

        var buffer = new Scratch(t_scratch ??= new byte[256]);
        buffer.WriteVarint((ulong)newCount);
        if (start < 0)
        {
            buffer.Write(source[entriesStart..entriesEnd]);
            WriteEntry(ref buffer, arena, key, value!);
        }
        else
        {
            buffer.Write(source[entriesStart..start]);
            if (value is not null)
            {
                WriteEntry(ref buffer, arena, key, value);
            }

            buffer.Write(source[end..entriesEnd]);
        }

        t_scratch = buffer.Bytes;
        return arena.Append(buffer.Written);
    }

    public static object? Get(PropertyArena arena, long block, int key)
    {
        var source = arena.Block(block);
        var position = 0;
        var count = ReadVarint(source, ref position);
        for (ulong i = 0; i < count; i++)
        {
            if ((int)ReadVarint(source, ref position) == key)
            {
                return ReadValue(arena, source, ref position);
            }

            Skip(source, ref position);
        }

        return null;
    }

    /// <summary>The UTF-8 bytes of a string property, read in place (index builds); false for other values or none.</summary>
    public static bool TryGetUtf8(PropertyArena arena, long block, int key, out ReadOnlySpan<byte> utf8)
    {
        var source = arena.Block(block);
        var position = 0;
        var count = ReadVarint(source, ref position);
        for (ulong i = 0; i < count; i++)
        {
            if ((int)ReadVarint(source, ref position) == key)
            {
                if (source[position] != StringTag)
                {
                    break;
                }

                position++;
                var length = (int)ReadVarint(source, ref position);
                utf8 = source.Slice(position, length);
                return true;
            }

            Skip(source, ref position);
        }

        utf8 = default;
        return false;
    }

    /// <summary>
    /// The block's weight in <see cref="PropertyArena.Size"/> terms: encoded bytes plus side-object
    /// weights; 0 for the shared empty block, which no record owns.
    /// </summary>
    public static int Length(PropertyArena arena, long block)
    {
        if (block == PropertyArena.EmptyBlock)
        {
            return 0;
        }

        var source = arena.Block(block);
        var position = 0;
        var sideObjects = 0;
        var count = ReadVarint(source, ref position);
        for (ulong i = 0; i < count; i++)
        {
            ReadVarint(source, ref position);
            sideObjects += source[position] == ObjectTag ? 1 : 0;
            Skip(source, ref position);
        }

        return position + (sideObjects * PropertyArena.SideObjectWeight);
    }

    /// <summary>The block re-stored in another arena: raw bytes unless it refers to side objects.</summary>
    public static long CopyTo(PropertyArena from, long block, PropertyArena to)
    {
        if (block == PropertyArena.EmptyBlock)
        {
            return block;
        }

        var source = from.Block(block);
        var position = 0;
        var count = ReadVarint(source, ref position);
        for (ulong i = 0; i < count; i++)
        {
            ReadVarint(source, ref position);
            if (source[position] == ObjectTag)
            {
                return Write(to, ReadAll(from, block));
            }

            Skip(source, ref position);
        }

        return to.Append(source[..position]);
    }

    public static int Count(PropertyArena arena, long block)
    {
        var position = 0;
        return (int)ReadVarint(arena.Block(block), ref position);
    }

    /// <summary>Every property in first-set order.</summary>
    public static Property[] ReadAll(PropertyArena arena, long block)
    {
        var source = arena.Block(block);
        var position = 0;
        var count = (int)ReadVarint(source, ref position);
        if (count == 0)
        {
            return [];
        }

        var result = new Property[count];
        for (var i = 0; i < count; i++)
        {
            var key = (int)ReadVarint(source, ref position);
            result[i] = new Property(key, ReadValue(arena, source, ref position));
        }

        return result;
    }

    private static void WriteEntry(ref Scratch buffer, PropertyArena arena, int key, object value)
    {
        buffer.WriteVarint((uint)key);
        switch (value)
        {
            case long l:
                buffer.WriteByte(LongTag);
                buffer.WriteVarint((ulong)((l << 1) ^ (l >> 63)));
                break;
            case double d:
                buffer.WriteByte(DoubleTag);
                BinaryPrimitives.WriteDoubleLittleEndian(buffer.Reserve(8), d);
                break;
            case bool b:
                buffer.WriteByte(b ? TrueTag : FalseTag);
                break;
            case string s when WriteUtf8(ref buffer, s):
                break;
            default:
                // Lists, temporals, points, and strings UTF-8 cannot carry exactly (lone surrogates).
                buffer.WriteByte(ObjectTag);
                buffer.WriteVarint((ulong)arena.AddSideObject(value));
                break;
        }
    }

    /// <summary>Writes tag, length and bytes; false (nothing written) when the string is not valid UTF-16.</summary>
    private static bool WriteUtf8(ref Scratch buffer, string s)
    {
        var mark = buffer.Length;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(s.Length);
        buffer.WriteByte(StringTag);
        var lengthAt = buffer.Length;
        buffer.Reserve(5 + maxBytes);
        buffer.Length = lengthAt;
        var status = Utf8.FromUtf16(s, buffer.Spare[5..], out _, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            buffer.Length = mark;
            return false;
        }

        // The length prefix goes in front of the bytes, which were written 5 bytes ahead; close the gap.
        var payload = buffer.Spare.Slice(5, written);
        buffer.WriteVarint((uint)written);
        payload.CopyTo(buffer.Spare);
        buffer.Length += written;
        return true;
    }

    private static object ReadValue(PropertyArena arena, ReadOnlySpan<byte> source, ref int position)
    {
        var tag = source[position++];
        switch (tag)
        {
            case LongTag:
                var zigzag = ReadVarint(source, ref position);
                return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
            case DoubleTag:
                var d = BinaryPrimitives.ReadDoubleLittleEndian(source.Slice(position, 8));
                position += 8;
                return d;
            case FalseTag:
                return false;
            case TrueTag:
                return true;
            case StringTag:
                var length = (int)ReadVarint(source, ref position);
                var s = Encoding.UTF8.GetString(source.Slice(position, length));
                position += length;
                return s;
            default:
                return arena.SideObject((long)ReadVarint(source, ref position));
        }
    }

    private static void Skip(ReadOnlySpan<byte> source, ref int position)
    {
        var tag = source[position++];
        switch (tag)
        {
            case DoubleTag:
                position += 8;
                break;
            case FalseTag or TrueTag:
                break;
            case StringTag:
                var length = (int)ReadVarint(source, ref position);
                position += length;
                break;
            default:
                ReadVarint(source, ref position);
                break;
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> source, ref int position)
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            var b = source[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }

    /// <summary>A growable byte buffer over a reused array (one per thread).</summary>
    private ref struct Scratch(byte[] bytes)
    {
        public byte[] Bytes = bytes;
        public int Length;

        public readonly ReadOnlySpan<byte> Written => Bytes.AsSpan(0, Length);

        public readonly Span<byte> Spare => Bytes.AsSpan(Length);

        public Span<byte> Reserve(int count)
        {
            if (Bytes.Length - Length < count)
            {
                Array.Resize(ref Bytes, Math.Max(Bytes.Length * 2, Length + count));
            }

            var span = Bytes.AsSpan(Length, count);
            Length += count;
            return span;
        }

        public void WriteByte(byte value) => Reserve(1)[0] = value;

        public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

        public void WriteVarint(ulong value)
        {
            while (value >= 0x80)
            {
                WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            WriteByte((byte)value);
        }
    }
}
