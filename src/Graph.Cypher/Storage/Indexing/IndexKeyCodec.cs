using System.Buffers.Binary;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Storage.Indexing;

/// <summary>
/// Index keys as bytes whose plain byte order is <see cref="ValueOrder"/> for the groups that fill real
/// indexes (booleans, numbers, strings), so a seek compares spans instead of boxed values and a key costs
/// its bytes, not an object. Every key starts with its <see cref="ValueOrder.Group"/> byte. Other groups
/// (temporals, lists, composite keys) carry the durable value encoding and compare by decoding.
/// </summary>
internal static class IndexKeyCodec
{
    private const byte BoolGroup = 0;
    private const byte NumberGroup = 1;
    internal const byte StringGroup = 2;

    public static byte[] Encode(object key)
    {
        var group = (byte)ValueOrder.Group(key);
        switch (key)
        {
            case bool b:
                return [BoolGroup, b ? (byte)1 : (byte)0];
            case long or int or double or float:
                return EncodeNumber(key);
            case string s:
                return EncodeString(s);
            default:
                using (var stream = new MemoryStream())
                {
                    stream.WriteByte(group);
                    using var writer = new BinaryWriter(stream);
                    ValueCodec.Write(writer, key);
                    writer.Flush();
                    return stream.ToArray();
                }
        }
    }

    /// <summary>The bytes every key of a string starting with <paramref name="prefix"/> starts with.</summary>
    public static byte[] EncodePrefix(string prefix) => EncodeString(prefix);

    /// <summary>The smallest key of a group: every key of the group is at or after it.</summary>
    public static byte[] GroupStart(int group) => [(byte)group];

    public static int Group(ReadOnlySpan<byte> key) => key[0];

    public static object Decode(ReadOnlySpan<byte> key)
    {
        switch (key[0])
        {
            case BoolGroup:
                return key[1] != 0;
            case NumberGroup:
                // 1 and 1.0 share a key, so only a remainder tells a long from a double.
                var remainder = (long)(BinaryPrimitives.ReadUInt64BigEndian(key[9..]) ^ 0x8000_0000_0000_0000UL);
                var value = DecodeDouble(BinaryPrimitives.ReadUInt64BigEndian(key[1..]));
                return remainder == 0 ? value : (object)(long)((Int128)value + remainder);
            case StringGroup:
                return DecodeString(key[1..]);
            default:
                using (var stream = new MemoryStream(key[1..].ToArray(), writable: false))
                using (var reader = new BinaryReader(stream))
                {
                    return ValueCodec.Read(reader)!;
                }
        }
    }

    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        // A group's start key (the group byte alone, an open lower bound) holds no value to decode.
        if (a[0] != b[0] || a[0] <= StringGroup || a.Length == 1 || b.Length == 1)
        {
            return a.SequenceCompareTo(b);
        }

        return ValueOrder.Instance.Compare(Decode(a), Decode(b));
    }

    // A number is (its double value, the exact remainder of a long beyond that double): numeric order,
    // with 1 and 1.0 the same key (Cypher equality) and longs above 2^53 still told apart.
    private static byte[] EncodeNumber(object number)
    {
        var isDouble = number is double or float;
        var bytes = new byte[17];
        bytes[0] = NumberGroup;
        double approximate;
        long remainder;
        if (isDouble)
        {
            approximate = Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture);
            remainder = 0;
        }
        else
        {
            var exact = Convert.ToInt64(number, System.Globalization.CultureInfo.InvariantCulture);
            approximate = exact;
            remainder = (long)((Int128)exact - (Int128)approximate);
        }

        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(1), EncodeDouble(approximate));
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(9), (ulong)remainder ^ 0x8000_0000_0000_0000UL);
        return bytes;
    }

    // IEEE bits made byte-comparable: flip all bits of negatives, the sign bit of positives; -0 is 0 and
    // NaN sorts first, as ValueOrder (double.CompareTo) has it.
    private static ulong EncodeDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        var bits = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double DecodeDouble(ulong encoded)
    {
        if (encoded == 0)
        {
            return double.NaN;
        }

        var bits = (encoded & 0x8000_0000_0000_0000UL) != 0 ? encoded & 0x7FFF_FFFF_FFFF_FFFFUL : ~encoded;
        return BitConverter.Int64BitsToDouble((long)bits);
    }

    // Each UTF-16 code unit is written as UTF-8 writes a code point of that value (surrogates one by one):
    // byte order is then exactly ordinal UTF-16 order, which is Cypher's string order, and a string's
    // prefix encodes to a prefix of its bytes.
    private static byte[] EncodeString(string text)
    {
        var length = 1;
        foreach (var c in text)
        {
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        var bytes = new byte[length];
        bytes[0] = StringGroup;
        var at = 1;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                bytes[at++] = (byte)c;
            }
            else if (c < 0x800)
            {
                bytes[at++] = (byte)(0xC0 | (c >> 6));
                bytes[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                bytes[at++] = (byte)(0xE0 | (c >> 12));
                bytes[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[at++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return bytes;
    }

    private static string DecodeString(ReadOnlySpan<byte> bytes)
    {
        var chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var count = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                chars[count++] = (char)b;
                i++;
            }
            else if (b < 0xE0)
            {
                chars[count++] = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else
            {
                chars[count++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
        }

        return new string(chars[..count]);
    }
}
