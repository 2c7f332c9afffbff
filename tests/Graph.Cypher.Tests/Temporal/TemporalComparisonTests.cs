using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values.Temporal;
using static Graph.Cypher.Tests.Temporal.TemporalTestKit;

namespace Graph.Cypher.Tests.Temporal;

// Locks down ordering of temporal instants (same kind only; zoned ones by instant) and that durations and mixed kinds are not comparable.
public sealed class TemporalComparisonTests
{
    [Fact]
    public void Zoned_datetimes_compare_by_instant()
    {
        var early = Call("datetime", "2015-07-21T21:40:00+02:00")!; // 19:40Z
        var late = Call("datetime", "2015-07-21T20:00:00Z")!;
        Assert.True(TemporalComparison.Compare(early, late) < 0);
        Assert.True(TemporalComparison.Compare(late, early) > 0);
    }

    [Fact]
    public void Zoned_times_compare_in_utc() =>
        Assert.True(TemporalComparison.Compare(Call("time", "12:00+02:00")!, Call("time", "11:00Z")!) < 0);

    [Fact]
    public void Same_kind_locals_compare_by_value()
    {
        Assert.True(TemporalComparison.Compare(Call("date", "2015-07-21")!, Call("date", "2015-07-22")!) < 0);
        Assert.Equal(0, TemporalComparison.Compare(Call("localtime", "12:00")!, Call("localtime", "12:00:00")!));
        Assert.True(TemporalComparison.Compare(Call("localdatetime", "2015-07-21T12:00")!, Call("localdatetime", "2015-07-21T11:59:59.999")!) > 0);
    }

    [Fact]
    public void Durations_and_mixed_kinds_are_not_comparable()
    {
        Assert.Null(TemporalComparison.Compare(Call("duration", "P1D")!, Call("duration", "P2D")!));
        Assert.Null(TemporalComparison.Compare(Call("date", "2015-07-21")!, Call("localdatetime", "2015-07-21T00:00")!));
        Assert.Null(TemporalComparison.Compare(Call("date", "2015-07-21")!, "2015-07-21"));
    }
}
