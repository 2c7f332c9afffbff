using Graph.Core.Values;
using Graph.Cypher.Storage.Indexing;

namespace Graph.Cypher.Tests.Storage;

// Locks down the packed range index: byte keys ordered exactly as ValueOrder (Cypher order), the delta
// and mask folding into a new run without changing answers, and published versions never changing.
public sealed class RangeIndexTests
{
    [Fact]
    public void Integers_and_floats_with_the_same_value_are_one_key()
    {
        var index = RangeIndex.From([new(1L, 10), new(1.0, 11), new(2L, 12), new(1.5, 13)]);

        Assert.Equal([10L, 11L], index.Equal(1L));
        Assert.Equal([10L, 11L], index.Equal(1.0));
        Assert.Empty(index.Equal(1.25));
    }

    [Theory]
    [InlineData(9_007_199_254_740_993L, 9_007_199_254_740_992L)]
    [InlineData(long.MaxValue, long.MaxValue - 1)]
    [InlineData(long.MinValue + 1, long.MinValue)]
    public void Longs_beyond_double_precision_stay_distinct_and_ordered(long larger, long smaller)
    {
        var index = RangeIndex.From([new(larger, 1), new(smaller, 2)]);

        Assert.Equal([1L], index.Equal(larger));
        Assert.Equal([2L], index.Equal(smaller));
        Assert.Equal([2L, 1L], index.All());
    }

    [Fact]
    public void Numbers_sort_numerically_across_signs_zeros_and_infinities()
    {
        object[] values = [double.PositiveInfinity, 3L, -0.0, -2.5, double.NegativeInfinity, 0L, 1e300, -7L, 2.5];
        var index = RangeIndex.From(values.Select((v, i) => new IndexEntry(v, i)));

        var expected = values.Select((v, i) => (Value: v, Id: (long)i))
            .OrderBy(p => p.Value, ValueOrder.Instance).ThenBy(p => p.Id).Select(p => p.Id);
        Assert.Equal(expected, index.All());
        Assert.Equal([2L, 5L], index.Equal(0.0));
    }

    [Fact]
    public void Strings_follow_ordinal_utf16_order_even_past_the_surrogates()
    {
        // UTF-8 byte order would put the emoji (a surrogate pair) after U+E000; Cypher (Java) order is UTF-16's.
        string[] values = ["b", "\uE000", "😀", "a", "ab", "é", "", "\uFFFF", "Z"];
        var index = RangeIndex.From(values.Select((v, i) => new IndexEntry(v, i)));

        var expected = values.Select((v, i) => (Value: v, Id: (long)i))
            .OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Id);
        Assert.Equal(expected, index.All());
        Assert.Equal([2L], index.Between(null, "\uE000").Where(id => values[id] == "😀"));
    }

    [Fact]
    public void Prefix_seeks_find_exactly_the_strings_with_the_prefix()
    {
        string[] values = ["ministry-1", "ministry-10", "minister", "ministry", "mini", "état-1", "état", "étage", "m"];
        var index = RangeIndex.From(values.Select((v, i) => new IndexEntry(v, i)));

        foreach (var prefix in new[] { "ministry", "mini", "ét", "état", "", "x" })
        {
            var expected = values.Select((v, i) => (v, (long)i)).Where(p => p.v.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Item2).Order();
            Assert.Equal(expected, index.StartingWith(prefix).Order());
        }
    }

    [Fact]
    public void Range_seeks_stay_inside_the_bound_type_group()
    {
        var index = RangeIndex.From([new(1L, 1), new(5L, 2), new("3", 3), new(true, 4), new(9.5, 5), new(new CypherDate(new DateOnly(2020, 1, 1)), 6)]);

        Assert.Equal([1L, 2L], index.Between(0L, 5L));
        Assert.Equal([2L, 5L], index.Between(2L, null));
        Assert.Equal([1L, 2L, 5L], index.Between(null, 10L));
        Assert.Equal([3L], index.Between("0", null));
        Assert.Equal([6L], index.Between(new CypherDate(new DateOnly(2019, 1, 1)), null));
    }

    [Fact]
    public void Composite_and_temporal_keys_order_like_ValueOrder()
    {
        object[] values =
        [
            new object[] { "a", 2L }, new object[] { "a", 1L }, new object[] { "b", 0L },
            new CypherDate(new DateOnly(2024, 5, 1)), new CypherDate(new DateOnly(1999, 1, 1)),
        ];
        var index = RangeIndex.From(values.Select((v, i) => new IndexEntry(v, i)));

        var expected = values.Select((v, i) => (Value: v, Id: (long)i)).OrderBy(p => p.Value, ValueOrder.Instance).Select(p => p.Id);
        Assert.Equal(expected, index.All());
        Assert.Equal([1L], index.Equal(new object[] { "a", 1L }));
    }

    [Fact]
    public void Published_versions_never_change()
    {
        var first = RangeIndex.From([new("a", 1), new("b", 2)]);
        var second = first.Add("c", 3).Remove("a", 1);

        Assert.Equal([1L, 2L], first.All());
        Assert.Equal(2, first.Count);
        Assert.Equal([2L, 3L], second.All());
        Assert.Equal(2, second.Count);
    }

    [Fact]
    public void Many_random_writes_through_delta_and_merges_match_a_reference_set()
    {
        var random = new Random(20261128);
        var reference = new SortedSet<(object Key, long Id)>(Comparer<(object Key, long Id)>.Create((x, y) =>
        {
            var c = ValueOrder.Instance.Compare(x.Key, y.Key);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }));
        var keyOf = new Dictionary<long, object>();
        var index = RangeIndex.From(Enumerable.Range(0, 3000).Select(i => new IndexEntry($"k{i % 700}", i)));
        foreach (var i in Enumerable.Range(0, 3000))
        {
            reference.Add(($"k{i % 700}", i));
            keyOf[i] = $"k{i % 700}";
        }

        for (var step = 0; step < 6000; step++)
        {
            var id = (long)random.Next(0, 4000);
            if (keyOf.Remove(id, out var old))
            {
                index = index.Remove(old, id);
                reference.Remove((old, id));
            }

            if (random.Next(3) > 0)
            {
                object key = random.Next(4) == 0 ? random.Next(0, 50) * 1L : $"k{random.Next(0, 900)}";
                index = index.Add(key, id);
                reference.Add((key, id));
                keyOf[id] = key;
            }
        }

        Assert.Equal(reference.Count, index.Count);
        Assert.Equal(reference.Select(e => e.Id), index.All());
        foreach (var probe in new object[] { "k5", "k699", "k850", 7L, 49.0 })
        {
            Assert.Equal(reference.Where(e => ValueOrder.Instance.AreEqual(e.Key, probe)).Select(e => e.Id), index.Equal(probe));
        }

        Assert.Equal(reference.Where(e => e.Key is string s && s.StartsWith("k8", StringComparison.Ordinal)).Select(e => e.Id), index.StartingWith("k8"));
    }

    [Fact]
    public void Strings_added_from_their_utf8_bytes_index_exactly_like_string_keys()
    {
        string[] values = ["b", "\uE000", "😀", "a", "ab", "é", "", "\uFFFF", "Z", "日本", "a😀b"];
        var builder = new RangeIndexBuilder();
        var fellBack = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!builder.TryAddUtf8String(System.Text.Encoding.UTF8.GetBytes(values[i]), i))
            {
                builder.Add(values[i], i);
                fellBack++;
            }
        }

        var fromBytes = builder.Build();
        var fromStrings = RangeIndex.From(values.Select((v, i) => new IndexEntry(v, i)));

        Assert.Equal(2, fellBack); // the two strings with a supplementary character
        Assert.Equal(fromStrings.All(), fromBytes.All());
        foreach (var value in values)
        {
            Assert.Equal(fromStrings.Equal(value), fromBytes.Equal(value));
        }

        Assert.Equal(fromStrings.StartingWith("a"), fromBytes.StartingWith("a"));
    }
}
