namespace Graph.BenchData.Generation;

/// <summary>
/// How many entities of each label a generated graph of <c>total</c> entities holds. The mix follows
/// the seed's shape (agreements and events most numerous, a few states), scaled up; agreements take
/// the remainder so the total is exact.
/// </summary>
internal sealed record EntityCounts(int States, int Leaders, int Ministries, int Organizations, int Facilities, int Places, int Events, int Topics, int Agreements)
{
    public int Total => States + Leaders + Ministries + Organizations + Facilities + Places + Events + Topics + Agreements;

    public static EntityCounts For(int total)
    {
        if (total < 100) throw new ArgumentOutOfRangeException(nameof(total), total, "A generated graph needs at least 100 entities.");
        int Share(double fraction) => Math.Max(2, (int)(total * fraction));
        var states = Math.Clamp(total / 500, 2, 200);
        var counts = new EntityCounts(
            States: states,
            Leaders: Share(0.08),
            Ministries: Share(0.05),
            Organizations: Share(0.03),
            Facilities: Share(0.06),
            Places: Share(0.10),
            Events: Share(0.20),
            Topics: Share(0.028),
            Agreements: 0);
        return counts with { Agreements = total - counts.Total };
    }
}
