using System.Globalization;

namespace Graph.Benchmarks.Generation;

/// <summary>
/// Streams a knowledge graph of N entities and about 5N relationships, deterministic from a seed.
/// Nothing is materialised: rows are computed as they are enumerated, so measuring the store's
/// memory is not polluted by the generator's.
/// </summary>
internal sealed class GraphGenerator(long entities, ulong seed = 20260412)
{
    public GraphShape Shape { get; } = new(entities);

    public ulong Seed { get; } = seed;

    /// <summary>Relationship families; the ratios give ~5.0 relationships per entity.</summary>
    public static IReadOnlyList<RelationshipRule> Rules { get; } =
    [
        new("PART_OF", GraphShape.Ministry, GraphShape.State, AnchorIsSource: true, 1),
        new("PART_OF", GraphShape.Organization, GraphShape.State, AnchorIsSource: true, 1),
        new("PARTY_TO", GraphShape.State, GraphShape.Agreement, AnchorIsSource: false, 2),
        new("PARTY_TO", GraphShape.Ministry, GraphShape.Agreement, AnchorIsSource: false, 2),
        new("PARTY_TO", GraphShape.Organization, GraphShape.Agreement, AnchorIsSource: false, 1),
        new("SIGNED", GraphShape.Leader, GraphShape.Agreement, AnchorIsSource: false, 2),
        new("SIGNED_AT", GraphShape.Agreement, GraphShape.Event, AnchorIsSource: true, 1),
        new("ATTENDED", GraphShape.Leader, GraphShape.Event, AnchorIsSource: false, 3),
        new("HELD_IN", GraphShape.Event, GraphShape.Place, AnchorIsSource: true, 1),
        new("LOCATED_IN", GraphShape.Place, GraphShape.State, AnchorIsSource: true, 1),
        new("MENTIONED_IN", GraphShape.Leader, GraphShape.Document, AnchorIsSource: false, 3),
        new("MENTIONED_IN", GraphShape.Organization, GraphShape.Document, AnchorIsSource: false, 2),
        new("MENTIONED_IN", GraphShape.Agreement, GraphShape.Document, AnchorIsSource: false, 2),
        new("MENTIONED_IN", GraphShape.State, GraphShape.Document, AnchorIsSource: false, 1),
        new("MENTIONED_IN", GraphShape.Event, GraphShape.Document, AnchorIsSource: false, 1),
        new("MENTIONED_IN", GraphShape.Place, GraphShape.Document, AnchorIsSource: false, 1),
    ];

    public IEnumerable<EntityRow> Entities(EntityKind kind)
    {
        var start = Shape.Start(kind);
        var end = start + Shape.Count(kind);
        for (var index = start; index < end; index++)
        {
            var number = index.ToString(CultureInfo.InvariantCulture);
            yield return new EntityRow(index, kind.Prefix + number, kind.Label + " " + number, kind.Kinds[index % kind.Kinds.Length]);
        }
    }

    /// <summary>The relationships of one rule as (source index, target index); each rule has its own stream.</summary>
    public IEnumerable<(long From, long To)> Relationships(RelationshipRule rule)
    {
        var random = new SplitMix64(Seed ^ (ulong)(Rules.ToList().IndexOf(rule) + 1) * 0x100000001B3UL);
        var anchorStart = Shape.Start(rule.Anchor);
        var anchorEnd = anchorStart + Shape.Count(rule.Anchor);
        var otherStart = Shape.Start(rule.Other);
        var otherCount = Shape.Count(rule.Other);
        for (var anchor = anchorStart; anchor < anchorEnd; anchor++)
        {
            for (var k = 0; k < rule.PerAnchor; k++)
            {
                var other = otherStart + random.Below(otherCount);
                yield return rule.AnchorIsSource ? (anchor, other) : (other, anchor);
            }
        }
    }

    public long RelationshipCount(RelationshipRule rule) => Shape.Count(rule.Anchor) * rule.PerAnchor;

    public long RelationshipCount() => Rules.Sum(RelationshipCount);
}
