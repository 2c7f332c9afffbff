using Graph.Cypher.Values;

namespace Graph.Cypher.Tests.Values;

// Locks down CypherMap's contract: insertion order, Set keeping an existing key's place, lookups past the index threshold, positional reads.
public class CypherMapTests
{
    [Fact]
    public void Keys_come_back_in_insertion_order_not_sorted()
    {
        var map = Build(("b", 1L), ("a", 2L), ("c", 3L));
        Assert.Equal(new[] { "b", "a", "c" }, map.Keys);
        Assert.Equal(new object?[] { 1L, 2L, 3L }, map.Values);
        Assert.Equal(new[] { "b", "a", "c" }, map.Select(e => e.Key));
    }

    [Fact]
    public void Setting_an_existing_key_keeps_its_position_and_count()
    {
        var map = Build(("x", 1L), ("y", 2L), ("z", 3L));
        map.Set("y", "new");
        Assert.Equal(3, map.Count);
        Assert.Equal("y", map.KeyAt(1));
        Assert.Equal("new", map.ValueAt(1));
        Assert.Equal("new", map["y"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_map_outgrows_any_initial_capacity(int capacity)
    {
        var map = new CypherMap(capacity);
        for (var i = 0; i < 5; i++) map.Set("k" + i, (long)i);
        Assert.Equal(5, map.Count);
        Assert.Equal(new[] { "k0", "k1", "k2", "k3", "k4" }, map.Keys);
        Assert.Equal(4L, map["k4"]);
    }

    [Fact]
    public void Past_the_lookup_threshold_lookups_overwrites_and_order_still_hold()
    {
        var map = new CypherMap();
        for (var i = 0; i < 40; i++) map.Set("key" + i, (long)i);
        map.Set("key3", "three");
        map.Set("key39", null);
        Assert.Equal(40, map.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => "key" + i), map.Keys);
        Assert.Equal("three", map.ValueAt(3));
        Assert.True(map.TryGetValue("key39", out var last));
        Assert.Null(last);
        Assert.True(map.ContainsKey("key20"));
        Assert.Equal(20L, map["key20"]);
        Assert.False(map.ContainsKey("key40"));
        Assert.False(map.TryGetValue("KEY1", out _));
    }

    [Fact]
    public void A_missing_key_reads_as_absent_and_the_indexer_throws()
    {
        var map = Build(("a", 1L));
        Assert.False(map.TryGetValue("b", out var value));
        Assert.Null(value);
        Assert.Throws<KeyNotFoundException>(() => map["b"]);
    }

    [Fact]
    public void A_null_value_is_a_present_key()
    {
        var map = Build(("a", null));
        Assert.True(map.ContainsKey("a"));
        Assert.True(map.TryGetValue("a", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Positions_past_the_count_are_out_of_range_even_within_the_capacity()
    {
        var map = new CypherMap(8);
        map.Set("a", 1L);
        Assert.Throws<ArgumentOutOfRangeException>(() => map.KeyAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ValueAt(-1));
    }

    [Fact]
    public void Ensure_capacity_keeps_the_entries()
    {
        var map = Build(("a", 1L), ("b", 2L));
        map.EnsureCapacity(10);
        map.EnsureCapacity(1);
        Assert.Equal(new[] { "a", "b" }, map.Keys);
        Assert.Equal(2L, map["b"]);
    }

    [Fact]
    public void The_interface_and_struct_enumerators_agree()
    {
        var map = Build(("p", 1L), ("q", "two"));
        var viaStruct = new List<KeyValuePair<string, object?>>();
        foreach (var entry in map) viaStruct.Add(entry);
        IEnumerable<KeyValuePair<string, object?>> asInterface = map;
        Assert.Equal(viaStruct, asInterface.ToList());
        Assert.Equal(new[] { new KeyValuePair<string, object?>("p", 1L), new KeyValuePair<string, object?>("q", "two") }, viaStruct);
    }

    [Fact]
    public void Equality_ignores_order_and_capacity()
    {
        // Cypher map equality compares key sets and values, not the order keys were written in.
        var small = Build(("a", 1L), ("b", 2L));
        var roomy = new CypherMap(16);
        roomy.Set("b", 2L);
        roomy.Set("a", 1.0);
        Assert.True(CypherEquality.Equal(small, roomy));
        Assert.Equal(CypherEquality.Equivalence.GetHashCode(small), CypherEquality.Equivalence.GetHashCode(roomy));
        roomy.Set("a", 3L);
        Assert.False(CypherEquality.Equal(small, roomy));
    }

    [Fact]
    public void Negative_capacity_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CypherMap(-1));
    }

    private static CypherMap Build(params (string Key, object? Value)[] entries)
    {
        var map = new CypherMap(entries.Length);
        foreach (var (k, v) in entries) map.Set(k, v);
        return map;
    }
}
