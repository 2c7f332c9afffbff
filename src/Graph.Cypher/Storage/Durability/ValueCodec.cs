using Graph.Core.Values;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Binary form of every property value the store holds (see <see cref="WriteSupport.NormalizeValue"/>):
/// a tag byte, then the fields. Shared by log records and snapshots.
/// </summary>
internal static class ValueCodec
{
    private enum Tag : byte
    {
        Null,
        False,
        True,
        Long,
        Double,
        String,
        Date,
        LocalTime,
        Time,
        LocalDateTime,
        DateTime,
        Duration,
        Point,
        List,
    }

    public static void Write(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null: w.Write((byte)Tag.Null); break;
            case bool b: w.Write((byte)(b ? Tag.True : Tag.False)); break;
            case long l: w.Write((byte)Tag.Long); w.Write(l); break;
            case double d: w.Write((byte)Tag.Double); w.Write(d); break;
            case string s: w.Write((byte)Tag.String); w.Write(s); break;
            case CypherDate d: w.Write((byte)Tag.Date); w.Write(d.Value.DayNumber); break;
            case CypherLocalTime t: w.Write((byte)Tag.LocalTime); w.Write(t.NanoOfDay); break;
            case CypherTime t: w.Write((byte)Tag.Time); w.Write(t.NanoOfDay); w.Write(t.OffsetSeconds); break;
            case CypherLocalDateTime t: w.Write((byte)Tag.LocalDateTime); w.Write(t.Date.DayNumber); w.Write(t.NanoOfDay); break;
            case CypherDateTime t:
                w.Write((byte)Tag.DateTime);
                w.Write(t.Date.DayNumber);
                w.Write(t.NanoOfDay);
                w.Write(t.OffsetSeconds);
                WriteOptional(w, t.Zone);
                break;
            case CypherDuration d: w.Write((byte)Tag.Duration); w.Write(d.Months); w.Write(d.Days); w.Write(d.Seconds); w.Write(d.Nanos); break;
            case CypherPoint p:
                w.Write((byte)Tag.Point);
                w.Write(p.Srid);
                w.Write(p.X);
                w.Write(p.Y);
                w.Write(p.Z.HasValue);
                w.Write(p.Z.GetValueOrDefault());
                break;
            case object?[] list:
                w.Write((byte)Tag.List);
                w.Write7BitEncodedInt(list.Length);
                foreach (var item in list)
                {
                    Write(w, item);
                }

                break;
            default:
                throw new InvalidOperationException($"The store holds no value of type {value.GetType().Name}.");
        }
    }

    public static object? Read(BinaryReader r)
    {
        var tag = (Tag)r.ReadByte();
        return tag switch
        {
            Tag.Null => null,
            Tag.False => false,
            Tag.True => true,
            Tag.Long => r.ReadInt64(),
            Tag.Double => r.ReadDouble(),
            Tag.String => r.ReadString(),
            Tag.Date => new CypherDate(DateOnly.FromDayNumber(r.ReadInt32())),
            Tag.LocalTime => new CypherLocalTime(r.ReadInt64()),
            Tag.Time => new CypherTime(r.ReadInt64(), r.ReadInt32()),
            Tag.LocalDateTime => new CypherLocalDateTime(DateOnly.FromDayNumber(r.ReadInt32()), r.ReadInt64()),
            Tag.DateTime => new CypherDateTime(DateOnly.FromDayNumber(r.ReadInt32()), r.ReadInt64(), r.ReadInt32(), ReadOptional(r)),
            Tag.Duration => new CypherDuration(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadInt32()),
            Tag.Point => ReadPoint(r),
            Tag.List => ReadList(r),
            _ => throw new InvalidDataException($"Unknown value tag {(byte)tag}."),
        };
    }

    public static void WriteProperties(BinaryWriter w, IReadOnlyDictionary<string, object?> properties)
    {
        w.Write7BitEncodedInt(properties.Count);
        foreach (var (key, value) in properties)
        {
            w.Write(key);
            Write(w, value);
        }
    }

    public static Dictionary<string, object?> ReadProperties(BinaryReader r)
    {
        var count = Count(r);
        var result = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            result[key] = Read(r);
        }

        return result;
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            w.Write(value);
        }
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var result = new string[Count(r)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = r.ReadString();
        }

        return result;
    }

    public static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    public static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    /// <summary>A length prefix, refused when it cannot fit in what is left (a damaged count must not allocate gigabytes).</summary>
    public static int Count(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidDataException($"Impossible element count {count}.");
        }

        return count;
    }

    private static CypherPoint ReadPoint(BinaryReader r)
    {
        var srid = r.ReadInt32();
        var x = r.ReadDouble();
        var y = r.ReadDouble();
        var hasZ = r.ReadBoolean();
        var z = r.ReadDouble();
        return new CypherPoint(srid, x, y, hasZ ? z : null);
    }

    private static object?[] ReadList(BinaryReader r)
    {
        var list = new object?[Count(r)];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Read(r);
        }

        return list;
    }
}
