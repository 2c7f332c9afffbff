using Graph.Core.Values;
using Graph.Cypher.Storage;
using Graph.Cypher.Storage.Durability;

namespace Graph.Cypher.Tests.Durability;

// Locks down the binary forms: CRC-32C, every stored value type, every change-set operation.
public sealed class CodecTests
{
    public static TheoryData<object?> Values() => new()
    {
        null,
        true,
        false,
        0L,
        long.MinValue,
        long.MaxValue,
        -1L,
        0.5,
        double.NaN,
        double.NegativeInfinity,
        -0.0,
        "",
        "héllo 世界 🌍",
        new CypherDate(new DateOnly(2023, 4, 12)),
        new CypherDate(DateOnly.MinValue),
        new CypherLocalTime(12L * 3600 * 1_000_000_000 + 5),
        new CypherTime(3_600_000_000_000, -18000),
        new CypherLocalDateTime(new DateOnly(1999, 12, 31), 86_399_999_999_999),
        new CypherDateTime(new DateOnly(2023, 4, 12), 1, 18000, "Asia/Almaty"),
        new CypherDateTime(new DateOnly(2023, 4, 12), 1, 0, null),
        new CypherDuration(14, -3, 3600, 999_999_999),
        new CypherPoint(4326, 71.43, 51.13, null),
        new CypherPoint(9157, 1, 2, 3),
    };

    [Fact]
    public void Crc32cMatchesTheStandardCheckValue()
    {
        // RFC 3720 / iSCSI check value of CRC-32C over "123456789".
        Assert.Equal(0xE3069283u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
    }

    [Fact]
    public void Crc32cAgreesWithABitwiseReferenceAtEveryLength()
    {
        var data = Enumerable.Range(0, 100).Select(i => (byte)(i * 37 + 11)).ToArray();
        for (var n = 0; n <= data.Length; n++)
        {
            Assert.Equal(BitwiseCrc32c(data.AsSpan(0, n)), Crc32.Compute(data.AsSpan(0, n)));
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void EveryValueTypeRoundTrips(object? value)
    {
        Assert.Equal(value, RoundTrip(value));
    }

    [Fact]
    public void ListsOfEveryTypeRoundTrip()
    {
        var list = new object?[] { 1L, "two", 3.0, new object?[] { true, new CypherDate(new DateOnly(2020, 1, 1)) }, new CypherDuration(0, 1, 0, 0) };
        var back = Assert.IsType<object?[]>(RoundTrip(list));
        Assert.Equal(1L, back[0]);
        Assert.Equal("two", back[1]);
        Assert.Equal(3.0, back[2]);
        Assert.Equal(new object?[] { true, new CypherDate(new DateOnly(2020, 1, 1)) }, Assert.IsType<object?[]>(back[3]));
        Assert.Equal(new CypherDuration(0, 1, 0, 0), back[4]);
    }

    [Fact]
    public void EveryOperationKindRoundTripsThroughALogRecord()
    {
        var props = new Dictionary<string, object?> { ["name"] = "Astana", ["founded"] = 1830L, ["tags"] = new object?[] { "capital" } };
        StoreChange[] changes =
        [
            new NodeCreated(7, ["State", "Place"], props),
            new NodeDeleted(8),
            new RelationshipCreated(3, 7, 9, "LOCATED_IN", props),
            new RelationshipDeleted(4),
            new NodePropertySet(7, "name", "Nur-Sultan"),
            new NodePropertySet(7, "gone", null),
            new RelationshipPropertySet(3, "year", 2023L),
            new LabelAdded(7, "City"),
            new LabelRemoved(7, "Place"),
            new IndexCreated(new IndexDefinition("docs", IndexKind.Fulltext, false, ["Document", "Note"], ["title", "text"])),
            new IndexCreated(new IndexDefinition("owned", IndexKind.Range, true, ["TRADES_WITH"], ["year"], "owned")),
            new IndexDropped("docs"),
            new ConstraintCreated(new ConstraintDefinition("key", ConstraintType.NodeKey, false, "State", ["id", "name"])),
            new ConstraintDropped("key"),
        ];

        using var buffer = new MemoryStream();
        LogFormat.WriteRecord(buffer, 42, changes);
        var record = LogFormat.TryRead(buffer.ToArray(), 0);

        Assert.NotNull(record);
        Assert.Equal(42, record.Value.Lsn);
        Assert.Equal((int)buffer.Length, record.Value.Size);
        using var reader = new BinaryReader(new MemoryStream(record.Value.Payload[8..].ToArray()));
        var back = ChangeCodec.ReadChanges(reader);
        Assert.Equal(changes.Length, back.Length);
        for (var i = 0; i < changes.Length; i++)
        {
            Assert.Equal(Describe(changes[i]), Describe(back[i]));
        }
    }

    [Fact]
    public void AFlippedBitAnywhereInARecordIsDetected()
    {
        using var buffer = new MemoryStream();
        LogFormat.WriteRecord(buffer, 1, [new NodeCreated(0, ["A"], new Dictionary<string, object?> { ["x"] = 1L })]);
        var bytes = buffer.ToArray();
        for (var bit = 0; bit < bytes.Length * 8; bit++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.Null(LogFormat.TryRead(damaged, 0));
        }
    }

    // The textbook one-bit-at-a-time definition (reflected polynomial 0x82F63B78).
    private static uint BitwiseCrc32c(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static object? RoundTrip(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ValueCodec.Write(writer, value);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var back = ValueCodec.Read(reader);
        Assert.Equal(stream.Length, stream.Position);
        return back;
    }

    // Records compare collections by reference, so compare a printed form with the contents spelled out.
    private static string Describe(StoreChange change) => change switch
    {
        NodeCreated c => $"N+ {c.Id} {string.Join(",", c.Labels)} {Props(c.Properties)}",
        RelationshipCreated c => $"R+ {c.Id} {c.Start} {c.End} {c.Type} {Props(c.Properties)}",
        IndexCreated c => $"I+ {c.Definition.Name} {c.Definition.Kind} {c.Definition.OnRelationships} {string.Join(",", c.Definition.LabelsOrTypes)} {string.Join(",", c.Definition.Properties)} {c.Definition.OwningConstraint}",
        ConstraintCreated c => $"C+ {c.Definition.Name} {c.Definition.Type} {c.Definition.OnRelationships} {c.Definition.LabelOrType} {string.Join(",", c.Definition.Properties)}",
        _ => change.ToString(),
    };

    private static string Props(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(";", properties.Select(p => p.Key + "=" + (p.Value is object?[] list ? "[" + string.Join(",", list) + "]" : p.Value)));
}
