using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Statistics;

/// <summary>
/// What the planner knows about the data: node counts per label (kept by the store, so current after every
/// commit), relationship fan-out per (start label, type, direction, end label) sampled from the view the
/// statement plans against, and the range indexes. One instance per planning, so samples are taken once.
/// </summary>
internal sealed class GraphStatistics
{
    // Enough starts to see a label's typical degree; few enough that planning stays far below a query's cost.
    private const int SampleSize = 64;

    private readonly IGraphView _view;
    private readonly Dictionary<string, double> _fanOut = new(StringComparer.Ordinal);

    public GraphStatistics(IGraphView view) => _view = view;

    public double NodeCount => Math.Max(1, _view.NodeCount);

    public double LabelCount(string label) => _view.CountNodesWithLabel(label);

    /// <summary>The smallest count among labels every match must carry; all nodes without any.</summary>
    public double NodesWith(IReadOnlyList<string> labels) => labels.Count == 0 ? _view.NodeCount : labels.Min(LabelCount);

    /// <summary>
    /// Expected hops per start node carrying <paramref name="fromLabels"/>, along <paramref name="types"/> in
    /// <paramref name="direction"/>, that reach a node carrying <paramref name="toLabels"/>: the mean over up to
    /// <see cref="SampleSize"/> start nodes.
    /// </summary>
    public double FanOut(IReadOnlyList<string> fromLabels, IReadOnlyList<string>? types, Direction direction, IReadOnlyList<string> toLabels)
    {
        var key = string.Join(":", fromLabels) + "|" + (types is null ? "*" : string.Join("|", types)) + "|" + direction + "|" + string.Join(":", toLabels);
        if (_fanOut.TryGetValue(key, out var known)) return known;
        var starts = fromLabels.Count == 0 ? _view.AllNodes() : _view.NodesWithLabel(fromLabels.MinBy(l => _view.CountNodesWithLabel(l))!);
        var filter = _view.ResolveTypes(types);
        var endLabels = toLabels.Select(_view.LabelToken).ToArray();
        var buffer = new HopBuffer();
        long sampled = 0, hops = 0;
        foreach (var start in starts)
        {
            if (sampled == SampleSize) break;
            sampled++;
            _view.Expand(start, direction, filter, buffer);
            if (endLabels.Length > 0) _view.KeepOthersLabelled(buffer, endLabels);
            hops += buffer.Count;
        }
        var fanOut = sampled == 0 ? 0 : (double)hops / sampled;
        _fanOut[key] = fanOut;
        return fanOut;
    }

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
