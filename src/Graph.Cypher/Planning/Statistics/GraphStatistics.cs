using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Statistics;

/// <summary>
/// What the planner knows about the data, all kept exact by the store on every commit (none sampled): node
/// counts per label, relationship counts per (start label, type, end label), and each range index's entries
/// and distinct keys. Read from the view the statement plans against.
/// </summary>
internal sealed class GraphStatistics
{
    private readonly IGraphView _view;

    public GraphStatistics(IGraphView view) => _view = view;

    public double NodeCount => Math.Max(1, _view.NodeCount);

    public double LabelCount(string label) => _view.CountNodesWithLabel(label);

    /// <summary>The smallest count among labels every match must carry; all nodes without any.</summary>
    public double NodesWith(IReadOnlyList<string> labels) => labels.Count == 0 ? _view.NodeCount : labels.Min(LabelCount);

    /// <summary>
    /// Expected hops per start node carrying <paramref name="fromLabels"/>, along <paramref name="types"/> in
    /// <paramref name="direction"/>, that reach a node carrying <paramref name="toLabels"/>: the counted
    /// relationships of that shape over the counted start nodes (Both: either way round).
    /// </summary>
    public double FanOut(IReadOnlyList<string> fromLabels, IReadOnlyList<string>? types, Direction direction, IReadOnlyList<string> toLabels)
    {
        var starts = NodesWith(fromLabels);
        if (starts == 0) return 0;
        var hops = direction switch
        {
            Direction.Outgoing => Relationships(fromLabels, types, toLabels),
            Direction.Incoming => Relationships(toLabels, types, fromLabels),
            _ => Relationships(fromLabels, types, toLabels) + Relationships(toLabels, types, fromLabels),
        };
        return hops / starts;
    }

    /// <summary>
    /// Relationships of any of the types from a node with every start label to one with every end label: per
    /// type, the smallest count over one start and one end label (the counts hold single labels, and a node
    /// with two labels is counted under each).
    /// </summary>
    public double Relationships(IReadOnlyList<string> startLabels, IReadOnlyList<string>? types, IReadOnlyList<string> endLabels)
    {
        string?[] starts = startLabels.Count == 0 ? [null] : [.. startLabels];
        string?[] ends = endLabels.Count == 0 ? [null] : [.. endLabels];
        string?[] typeList = types is null ? [null] : [.. types];
        return typeList.Sum(t => starts.SelectMany(s => ends.Select(e => (double)_view.CountRelationships(s, t, e))).Min());
    }

    /// <summary>A range index's entries and distinct keys; none when the index has no data.</summary>
    public (double Entries, double Distinct) IndexSize(IndexDefinition index) =>
        _view.RangeIndexSize(index.Name) is { } size ? (size.Entries, Math.Max(1, size.Distinct)) : (0, 1);

    /// <summary>The range index (or uniqueness constraint's index) on a label and property, or null.</summary>
    public IndexDefinition? RangeIndex(string label, string key)
    {
        foreach (var index in _view.Indexes)
        {
            if (!index.OnRelationships && index.Kind == IndexKind.Range && index.LabelsOrTypes is [var l] && l == label
                && index.Properties is [var p] && p == key)
            {
                return index;
            }
        }
        return null;
    }
}
