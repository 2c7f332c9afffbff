using System.Buffers.Binary;
using System.Text;
using M = Graph.Bolt.PackStream.PackStreamMarkers;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Reads PackStream values from one whole message. Hostile input is bounded: every size is checked against
/// the bytes that remain before anything is allocated, nesting is limited, and any fault is a
/// <see cref="PackStreamException"/> (never an out-of-range read or a stack overflow).
/// Values come back as null, bool, long, double, string, byte[], List, Dictionary or <see cref="PackStructure"/>.
/// </summary>
public sealed class PackStreamReader(ReadOnlyMemory<byte> bytes)
{
    /// <summary>Lists, maps and structures nested deeper than this are refused.</summary>
    public const int MaxDepth = 64;

    private int _position;

    public bool AtEnd => _position >= bytes.Length;

    public object? Read() => Read(0);

    private object? Read(int depth)
    {
        if (depth > MaxDepth) throw new PackStreamException($"Values are nested deeper than {MaxDepth} levels.");
        var marker = ReadByte();
        switch (marker)
        {
            case M.Null: return null;
            case M.True: return true;
            case M.False: return false;
            case M.Float64: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case M.Int8: return (long)(sbyte)ReadByte();
            case M.Int16: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case M.Int32: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case M.Int64: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case M.Bytes8: return Take(ReadByte()).ToArray();
            case M.Bytes16: return Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray();
            case M.Bytes32: return Take(ReadSize32()).ToArray();
            case M.String8: return ReadString(ReadByte());
            case M.String16: return ReadString(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case M.String32: return ReadString(ReadSize32());
            case M.List8: return ReadList(ReadByte(), depth);
            case M.List16: return ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2)), depth);
            case M.List32: return ReadList(ReadSize32(), depth);
            case M.Map8: return ReadMap(ReadByte(), depth);
            case M.Map16: return ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2)), depth);
            case M.Map32: return ReadMap(ReadSize32(), depth);
        }
        if (marker < 0x80) return (long)marker; // TINY_INT 0..127
        if (marker >= 0xF0) return (long)(sbyte)marker; // TINY_INT -16..-1
        return (marker & 0xF0) switch
        {
            M.TinyString => ReadString(marker & 0x0F),
            M.TinyList => ReadList(marker & 0x0F, depth),
            M.TinyMap => ReadMap(marker & 0x0F, depth),
            M.TinyStruct => ReadStructure(marker & 0x0F, depth),
            _ => throw new PackStreamException($"0x{marker:X2} is not a PackStream marker."),
        };
    }

    private PackStructure ReadStructure(int size, int depth)
    {
        var tag = ReadByte();
        var fields = new object?[size];
        for (var i = 0; i < size; i++) fields[i] = Read(depth + 1);
        return new PackStructure(tag, fields);
    }

    private List<object?> ReadList(int count, int depth)
    {
        // Each item takes at least one byte, so a count past the remaining bytes is a lie: refuse it before allocating.
        EnsureRemaining(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++) list.Add(Read(depth + 1));
        return list;
    }

    private Dictionary<string, object?> ReadMap(int count, int depth)
    {
        EnsureRemaining(count * 2L);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (Read(depth + 1) is not string key) throw new PackStreamException("Map keys must be strings.");
            // Neo4j keeps the last value of a repeated key.
            map[key] = Read(depth + 1);
        }
        return map;
    }

    private string ReadString(int length)
    {
        try
        {
            return Strict.GetString(Take(length));
        }
        catch (DecoderFallbackException)
        {
            throw new PackStreamException("A string is not valid UTF-8.");
        }
    }

    private static readonly UTF8Encoding Strict = new(false, true);

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        if (size < 0) throw new PackStreamException("A size is larger than 2 GiB.");
        return size;
    }

    private byte ReadByte() => Take(1)[0];

    private void EnsureRemaining(long count)
    {
        if (count > bytes.Length - _position) throw new PackStreamException("A size points past the end of the message.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        EnsureRemaining(count);
        var span = bytes.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
