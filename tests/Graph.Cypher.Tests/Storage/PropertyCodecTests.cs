using Graph.Core.Values;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Tests.Storage;

// Locks down the in-memory property block encoding: every value type round-trips exactly, key order is first-set order, edits copy.
public sealed class PropertyCodecTests
{
    public static TheoryData<object> Values() => new()
    {
        0L, 1L, -1L, 63L, -64L, 300L, long.MaxValue, long.MinValue,
        0.0, -0.0, 1.5, -2.25e-300, double.MaxValue, double.Epsilon, double.PositiveInfinity, double.NegativeInfinity,
        true, false,
        "", "a", "Ministère de l'Intérieur", "日本語", "emoji 😀 pair", "\uD800 lone high surrogate", "lone low \uDC00",
        new object[] { 1L, "two", 3.0 }, new object[] { },
        new CypherDate(new DateOnly(2024, 2, 29)), new CypherLocalTime(123), new CypherTime(456, -3600),
        new CypherLocalDateTime(new DateOnly(1999, 12, 31), 86_399_999_999_999), new CypherDateTime(new DateOnly(2020, 1, 1), 0, 3600, "Europe/Paris"),
        new CypherDuration(1, 2, 3, 4), new CypherPoint(4326, 1.5, 2.5, null),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_value_type_round_trips(object value)
    {
        var arena = new PropertyArena();
        var block = PropertyCodec.Write(arena, [new Property(7, value)]);

        var read = PropertyCodec.Get(arena, block, 7);

        Assert.Equal(value.GetType(), read!.GetType());
        if (value is double d)
        {
            // Bit-exact: -0.0 stays negative zero, NaN payloads are not compared by Equals.
            Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)read));
        }
        else
        {
            Assert.Equal(value, read);
        }
    }

    [Fact]
    public void NaN_round_trips_as_NaN()
    {
        var arena = new PropertyArena();
        var block = PropertyCodec.Write(arena, [new Property(0, double.NaN)]);

        Assert.True(double.IsNaN((double)PropertyCodec.Get(arena, block, 0)!));
    }

    [Fact]
    public void Block_keeps_given_order_and_finds_each_key_past_others()
    {
        var arena = new PropertyArena();
        Property[] properties = [new(5, "x"), new(1, 42L), new(300, 2.5), new(2, true), new(9, new object[] { "a" })];
        var block = PropertyCodec.Write(arena, properties);

        var all = PropertyCodec.ReadAll(arena, block);

        Assert.Equal([5, 1, 300, 2, 9], all.Select(p => p.Key));
        Assert.Equal(5, PropertyCodec.Count(arena, block));
        Assert.Equal(2.5, PropertyCodec.Get(arena, block, 300));
        Assert.Equal(true, PropertyCodec.Get(arena, block, 2));
        Assert.Null(PropertyCodec.Get(arena, block, 4));
    }

    [Fact]
    public void Empty_block_has_no_properties()
    {
        var arena = new PropertyArena();

        Assert.Equal(PropertyArena.EmptyBlock, PropertyCodec.Write(arena, []));
        Assert.Empty(PropertyCodec.ReadAll(arena, PropertyArena.EmptyBlock));
        Assert.Null(PropertyCodec.Get(arena, PropertyArena.EmptyBlock, 0));
    }

    [Fact]
    public void With_replaces_in_place_appends_new_keys_and_leaves_the_old_block_unchanged()
    {
        var arena = new PropertyArena();
        var original = PropertyCodec.Write(arena, [new(1, "a"), new(2, 2L), new(3, "c")]);

        var replaced = PropertyCodec.With(arena, original, 2, "two");
        var appended = PropertyCodec.With(arena, replaced, 4, 4.0);

        Assert.Equal([(1, "a"), (2, "two"), (3, "c"), (4, 4.0)], PropertyCodec.ReadAll(arena, appended).Select(p => (p.Key, p.Value)));
        Assert.Equal([(1, "a"), (2, 2L), (3, "c")], PropertyCodec.ReadAll(arena, original).Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void With_null_removes_and_removing_an_absent_key_keeps_the_block()
    {
        var arena = new PropertyArena();
        var original = PropertyCodec.Write(arena, [new(1, "a"), new(2, 2L), new(3, "c")]);

        var removed = PropertyCodec.With(arena, original, 2, null);
        var same = PropertyCodec.With(arena, removed, 8, null);
        var emptied = PropertyCodec.With(arena, PropertyCodec.With(arena, removed, 1, null), 3, null);

        Assert.Equal([(1, "a"), (3, "c")], PropertyCodec.ReadAll(arena, removed).Select(p => (p.Key, p.Value)));
        Assert.Equal(removed, same);
        Assert.Equal(0, PropertyCodec.Count(arena, emptied));
    }

    [Fact]
    public void Blocks_stay_readable_after_the_arena_grows_and_large_values_get_their_own_chunk()
    {
        var arena = new PropertyArena();
        var blocks = new List<long>();
        for (var i = 0; i < 50_000; i++)
        {
            blocks.Add(PropertyCodec.Write(arena, [new(0, $"value {i}"), new(1, (long)i)]));
        }

        var large = new string('x', 3_000_000);
        var largeBlock = PropertyCodec.Write(arena, [new(0, large)]);
        var after = PropertyCodec.Write(arena, [new(0, "after")]);

        for (var i = 0; i < blocks.Count; i += 997)
        {
            Assert.Equal($"value {i}", PropertyCodec.Get(arena, blocks[i], 0));
            Assert.Equal((long)i, PropertyCodec.Get(arena, blocks[i], 1));
        }

        Assert.Equal(large, PropertyCodec.Get(arena, largeBlock, 0));
        Assert.Equal("after", PropertyCodec.Get(arena, after, 0));
    }
}
