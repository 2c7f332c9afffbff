using Graph.Cypher.Storage.Indexing;

namespace Graph.Cypher.Tests.Storage;

// Locks down the paged id bitmap behind the label and type indexes: copy-on-write, counts, id order.
public sealed class IdSetTests
{
    [Fact]
    public void Frozen_sets_never_change_after_later_writes()
    {
        var builder = new IdSetBuilder(IdSet.Empty);
        builder.Set(5, true);
        builder.Set(70_000, true);
        var first = builder.Freeze();
        builder.Set(5, false);
        builder.Set(6, true);
        var second = builder.Freeze();

        Assert.Equal([5L, 70_000L], first.Ids());
        Assert.Equal(2, first.Count);
        Assert.Equal([6L, 70_000L], second.Ids());
        Assert.True(first.Contains(5));
        Assert.False(second.Contains(5));
    }

    [Fact]
    public void Setting_twice_counts_once()
    {
        var builder = new IdSetBuilder(IdSet.Empty);
        builder.Set(1, true);
        builder.Set(1, true);
        builder.Set(2, false);
        Assert.Equal(1, builder.Count);
    }
}
