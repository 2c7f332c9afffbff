namespace Graph.Benchmarks.Generation;

/// <summary>The ministries both engines look up, in the same order: a seeded sample of 1000 (or all, if fewer).</summary>
internal static class LookupIds
{
    public static string[] Ministry(GraphGenerator generator)
    {
        var shape = generator.Shape;
        var count = (int)Math.Min(1000, shape.Count(GraphShape.Ministry));
        var random = new SplitMix64(generator.Seed + 7);
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = shape.Id(shape.Start(GraphShape.Ministry) + random.Below(shape.Count(GraphShape.Ministry)));
        }

        return ids;
    }
}
