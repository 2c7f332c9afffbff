using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using M = Graph.Bolt.PackStream.PackStreamMarkers;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Writes PackStream values into a growing buffer, always in the smallest form (as Neo4j's drivers do).
/// Graph values (nodes, temporals, …) are turned into structures by <see cref="Values.BoltValueWriter"/>.
/// </summary>
public sealed class PackStreamWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public int Length => _buffer.WrittenCount;

    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    public void Clear() => _buffer.Clear();

    public void WriteNull() => WriteByte(M.Null);

    public void WriteBool(bool value) => WriteByte(value ? M.True : M.False);

    public void WriteInt(long value)
    {
        if (value is >= -16 and <= 127) WriteByte(unchecked((byte)value));
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue) { WriteByte(M.Int8); WriteByte(unchecked((byte)value)); }
        else if (value is >= short.MinValue and <= short.MaxValue) { WriteByte(M.Int16); BinaryPrimitives.WriteInt16BigEndian(Take(2), (short)value); }
        else if (value is >= int.MinValue and <= int.MaxValue) { WriteByte(M.Int32); BinaryPrimitives.WriteInt32BigEndian(Take(4), (int)value); }
        else { WriteByte(M.Int64); BinaryPrimitives.WriteInt64BigEndian(Take(8), value); }
    }

    public void WriteFloat(double value)
    {
        WriteByte(M.Float64);
        BinaryPrimitives.WriteDoubleBigEndian(Take(8), value);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(length, M.TinyString, M.String8, M.String16, M.String32);
        Encoding.UTF8.GetBytes(value, Take(length));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue) { WriteByte(M.Bytes8); WriteByte((byte)value.Length); }
        else if (value.Length <= ushort.MaxValue) { WriteByte(M.Bytes16); BinaryPrimitives.WriteUInt16BigEndian(Take(2), (ushort)value.Length); }
        else { WriteByte(M.Bytes32); BinaryPrimitives.WriteInt32BigEndian(Take(4), value.Length); }
        value.CopyTo(Take(value.Length));
    }

    public void WriteListHeader(int count) => WriteHeader(count, M.TinyList, M.List8, M.List16, M.List32);

    public void WriteMapHeader(int count) => WriteHeader(count, M.TinyMap, M.Map8, M.Map16, M.Map32);

    public void WriteStructHeader(byte tag, int fields)
    {
        if (fields is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(fields), "A structure has at most 15 fields.");
        WriteByte((byte)(M.TinyStruct | fields));
        WriteByte(tag);
    }

    /// <summary>Writes plain PackStream values: null, bool, integers, floats, strings, bytes, lists, maps, structures.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBool(b); break;
            case long l: WriteInt(l); break;
            case int i: WriteInt(i); break;
            case double d: WriteFloat(d); break;
            case string s: WriteString(s); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case PackStructure structure:
                WriteStructHeader(structure.Tag, structure.Fields.Count);
                foreach (var field in structure.Fields) Write(field);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    Write(item);
                }
                break;
            case IReadOnlyList<object?> list:
                WriteListHeader(list.Count);
                foreach (var item in list) Write(item);
                break;
            default:
                throw new ArgumentException($"PackStream has no form for {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteHeader(int size, byte tiny, byte m8, byte m16, byte m32)
    {
        if (size < 16) WriteByte((byte)(tiny | size));
        else if (size <= byte.MaxValue) { WriteByte(m8); WriteByte((byte)size); }
        else if (size <= ushort.MaxValue) { WriteByte(m16); BinaryPrimitives.WriteUInt16BigEndian(Take(2), (ushort)size); }
        else { WriteByte(m32); BinaryPrimitives.WriteInt32BigEndian(Take(4), size); }
    }

    private void WriteByte(byte value) => Take(1)[0] = value;

    private Span<byte> Take(int count)
    {
        var span = _buffer.GetSpan(count)[..count];
        _buffer.Advance(count);
        return span;
    }
}
