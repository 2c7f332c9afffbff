using System.Collections.Immutable;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Counts;

/// <summary>One counted shape: (start label, type, end label), each token or <see cref="RelationshipCounts.Any"/>.</summary>
internal readonly record struct CountKey(int Start, int Type, int End);

/// <summary>
/// Relationship counts per (start label, type, end label), with "any" in every position, kept exact by the
/// writer as records change (see <see cref="RelationshipCountsBuilder"/>) so the planner's expand estimates
/// need no sampling. Immutable; versions share structure like the rest of <see cref="StoreState"/>.
/// </summary>
internal sealed class RelationshipCounts
{
    /// <summary>Any label, or any type.</summary>
    public const int Any = -1;

    public static readonly RelationshipCounts Empty = new(ImmutableDictionary<CountKey, long>.Empty);

    internal RelationshipCounts(ImmutableDictionary<CountKey, long> counts) => Map = counts;

    internal ImmutableDictionary<CountKey, long> Map { get; }

    public long Get(int start, int type, int end) => Map.GetValueOrDefault(new CountKey(start, type, end));

    /// <summary>
    /// Counts a whole state in one pass (a bulk load or a snapshot read, which bypass the writer): relationships
    /// are first grouped by (start label set, type, end label set), which are few, then spread over labels.
    /// </summary>
    public static RelationshipCounts Of(RecordTable<NodeSlot> nodes, RecordTable<RelationshipSlot> relationships, LabelSetTable labelSets)
    {
        var shapes = new Dictionary<(int StartSet, int Type, int EndSet), long>();
        foreach (var id in relationships.Ids())
        {
            var r = relationships.Get(id);
            var key = (nodes.Get(r.Start).LabelSet, r.Type, nodes.Get(r.End).LabelSet);
            shapes[key] = shapes.GetValueOrDefault(key) + 1;
        }

        var builder = new RelationshipCountsBuilder(Empty);
        foreach (var ((startSet, type, endSet), count) in shapes)
        {
            builder.Add(labelSets.Labels(startSet), type, labelSets.Labels(endSet), count);
        }

        return builder.ToImmutable();
    }
}
