namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// One worker's groups: partial counts per grouping key, each group remembering where a serial scan would first
/// have met it (morsel number, then the worker's own running count) so the merged result keeps the serial order.
/// </summary>
internal sealed class PartialGroups(SlotExpression[] keys, MergeableAggregate[] aggregates, int nodeSlot = -1)
{
    private readonly NodeGroups<Group> _byNode = new(nodeSlot);
    private readonly Dictionary<IReadOnlyList<object?>, Group> _groups = new(ValueListComparer.Instance);
    private readonly object?[] _buffer = new object?[keys.Length];
    private Group? _previous;
    private long _seen;

    public IEnumerable<Group> Groups => _groups.Values;

    public void Add(object?[] row, OperatorContext ctx, int morsel)
    {
        var group = GroupOf(row, ctx, morsel);
        for (var i = 0; i < group.States.Length; i++) group.States[i].Add(row, ctx, morsel);
    }

    /// <summary>The group of a row's keys, made when first met.</summary>
    public Group GroupOf(object?[] row, OperatorContext ctx, int morsel)
    {
        if (_byNode.Find(row, ctx) is { } known) return _previous = known;
        for (var i = 0; i < keys.Length; i++) _buffer[i] = keys[i](row, ctx);
        // Rows of one group usually arrive together (an expand yields one start node's rows in a run).
        var group = _previous is { } last && ValueListComparer.Instance.Equals(last.Key, _buffer) ? last : Find(morsel);
        _previous = group;
        _byNode.Remember(row, group);
        return group;
    }

    private Group Find(int morsel)
    {
        if (_groups.TryGetValue(_buffer, out var group)) return group;
        var key = (object?[])_buffer.Clone();
        group = new Group(key, morsel, _seen++, aggregates.Select(a => a.Start()).ToArray());
        _groups.Add(key, group);
        return group;
    }

    /// <summary>Folds another worker's groups into these: counts add up, and a group keeps its earliest position.</summary>
    public void Merge(PartialGroups other)
    {
        foreach (var theirs in other._groups.Values)
        {
            if (!_groups.TryGetValue(theirs.Key, out var mine))
            {
                _groups.Add(theirs.Key, theirs);
                continue;
            }
            for (var i = 0; i < mine.States.Length; i++) mine.States[i].Merge(theirs.States[i]);
            if (theirs.Morsel < mine.Morsel)
            {
                mine.Morsel = theirs.Morsel;
                mine.Seen = theirs.Seen;
            }
        }
    }

    /// <summary>The groups in the order a serial scan would have met them.</summary>
    public List<Group> InScanOrder()
    {
        var list = _groups.Values.ToList();
        list.Sort(static (a, b) => a.Morsel != b.Morsel ? a.Morsel.CompareTo(b.Morsel) : a.Seen.CompareTo(b.Seen));
        return list;
    }

    public sealed class Group(object?[] key, int morsel, long seen, MergeableAggregate.State[] states)
    {
        public object?[] Key { get; } = key;

        public int Morsel { get; set; } = morsel;

        public long Seen { get; set; } = seen;

        public MergeableAggregate.State[] States { get; } = states;
    }
}
