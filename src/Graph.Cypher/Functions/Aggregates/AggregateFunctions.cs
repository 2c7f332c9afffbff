namespace Graph.Cypher.Functions.Aggregates;

/// <summary>
/// The aggregating functions (manual: "Aggregating functions"). Nulls are skipped by all of them;
/// count(*) and DISTINCT are the executor's business.
/// </summary>
internal static class AggregateFunctions
{
    public static IEnumerable<AggregateDefinition> All =>
    [
        new("count", 1, 1, () => new CountAggregator()),
        new("collect", 1, 1, () => new CollectAggregator()),
        new("sum", 1, 1, () => new SumAggregator()),
        new("avg", 1, 1, () => new AvgAggregator()),
        new("min", 1, 1, () => new ExtremeAggregator(wantMax: false)),
        new("max", 1, 1, () => new ExtremeAggregator(wantMax: true)),
        new("stDev", 1, 1, () => new StDevAggregator(sample: true)),
        new("stDevP", 1, 1, () => new StDevAggregator(sample: false)),
        new("percentileCont", 2, 2, () => new PercentileAggregator(continuous: true)),
        new("percentileDisc", 2, 2, () => new PercentileAggregator(continuous: false)),
    ];
}
