using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Measures a parsed document the way GraphQL.NET's validation rules will walk it, without expanding it: each
/// fragment is measured once per mode (ordinary or introspection) and its cost reused at every spread, so a
/// document of doubling fragments costs as many steps as it has nodes, not as many as it expands to. It also counts
/// the pairs of same-named fields each selection set holds, which OverlappingFieldsCanBeMerged compares one by one.
/// Counting stops as soon as either exceeds the budget; a fragment that spreads itself is reported, not followed.
/// </summary>
/// <remarks>
/// Depth follows GraphQL.NET's complexity analyzer: a field with a selection set is one level deeper than the
/// set it sits in, so <c>{ states { name } }</c> has depth 1. Fields under <c>__schema</c> and <c>__type</c> count
/// toward the introspection depth instead, which has its own bound.
/// </remarks>
internal sealed class SelectionMeasure
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, bool Introspection), (SelectionCost Cost, Dictionary<string, long> Names)> _measured = [];
    private readonly HashSet<(string Name, bool Introspection)> _open = [];
    private readonly long _budget;
    private readonly int _maxNesting;
    private int _nesting;

    public SelectionMeasure(GraphQLDocument document, long budget, int maxNesting)
    {
        _budget = budget;
        _maxNesting = maxNesting;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            // A repeated name is GraphQL.NET's error to report (UniqueFragmentNames); the first one is measured.
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Selection nodes of the document visited so far (each fragment's once per mode), whatever they expand to.</summary>
    public int Visited { get; private set; }

    /// <summary>Set when a fragment spreads itself, directly or through others.</summary>
    public GraphQLFragmentSpread? Cycle { get; private set; }

    /// <summary>Set when selection sets (fields, inline fragments and spreads) nest deeper than the bound.</summary>
    public ASTNode? TooDeeplyNested { get; private set; }

    /// <summary>
    /// Pairs of fields that share a response name within one selection set (fragments merged in), added up over the
    /// document: OverlappingFieldsCanBeMerged compares each such pair, so a thousand repeats of one field cost it
    /// half a million comparisons. Saturates just past the budget.
    /// </summary>
    public long SameNamePairs { get; private set; }

    /// <summary>The response name repeated most in the selection set that took <see cref="SameNamePairs"/> past the budget.</summary>
    public (string Name, long Count) MostRepeated { get; private set; }

    /// <summary>True once a cycle is found, the nesting bound is passed or the same-name pairs exceed the budget: measuring has stopped.</summary>
    public bool Stopped => Cycle is not null || TooDeeplyNested is not null || SameNamePairs > _budget;

    public SelectionCost Operation(GraphQLOperationDefinition operation) => Set(operation.SelectionSet, introspection: false);

    /// <summary>A fragment definition on its own: the validation rules walk it (and compare its fields) wherever it is spread and once more by itself.</summary>
    public SelectionCost Fragment(GraphQLFragmentDefinition fragment)
    {
        var (cost, names) = Fragment(fragment, fragment.TypeCondition.Type.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
        CountPairs(names);
        return cost;
    }

    /// <summary>The selection set of an operation or a field: where fields of one response name must merge.</summary>
    private SelectionCost Set(GraphQLSelectionSet? set, bool introspection)
    {
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        var cost = Collect(set, introspection, names);
        CountPairs(names);
        return cost;
    }

    private void CountPairs(Dictionary<string, long> names)
    {
        if (SameNamePairs > _budget) return;
        foreach (var count in names.Values)
        {
            SameNamePairs = Math.Min(_budget + 1, SameNamePairs + count * (count - 1) / 2);
            if (SameNamePairs > _budget)
            {
                // This set took the document past the budget: name its worst repeat.
                var most = names.MaxBy(n => n.Value);
                MostRepeated = (most.Key, most.Value);
                break;
            }
        }
    }

    /// <summary>Measures a selection set and adds the response names of its fields (inline fragments and spreads merged) to <paramref name="names"/>.</summary>
    private SelectionCost Collect(GraphQLSelectionSet? set, bool introspection, Dictionary<string, long> names)
    {
        var cost = SelectionCost.None;
        if (set is null || Stopped) return cost;
        if (++_nesting > _maxNesting)
        {
            TooDeeplyNested = set;
            return cost;
        }
        foreach (var selection in set.Selections)
        {
            Visited++;
            cost = cost.Beside(Selection(selection, introspection, names), _budget + 1);
            // The budget only has to be known exceeded, not by how much.
            if (cost.Selections > _budget || Stopped) break;
        }
        _nesting--;
        return cost;
    }

    private SelectionCost Selection(ASTNode selection, bool introspection, Dictionary<string, long> names)
    {
        switch (selection)
        {
            case GraphQLField field:
                var key = (field.Alias?.Name ?? field.Name).StringValue;
                names[key] = Math.Min(_budget + 1, names.GetValueOrDefault(key) + 1);
                return Field(field, introspection);
            case GraphQLInlineFragment inline:
                return One(Collect(inline.SelectionSet, introspection, names));
            case GraphQLFragmentSpread spread:
                return One(Spread(spread, introspection, names));
            default:
                return SelectionCost.None;
        }
    }

    private SelectionCost Field(GraphQLField field, bool introspection)
    {
        if (field.SelectionSet is null) return new SelectionCost(1, 0, 0);
        var name = field.Name.StringValue;
        var inner = introspection || name is "__schema" or "__type";
        var children = Set(field.SelectionSet, inner);
        return inner
            ? new SelectionCost(Math.Min(_budget + 1, children.Selections + 1), children.Depth, children.IntrospectionDepth + 1)
            : new SelectionCost(Math.Min(_budget + 1, children.Selections + 1), children.Depth + 1, children.IntrospectionDepth);
    }

    private SelectionCost Spread(GraphQLFragmentSpread spread, bool introspection, Dictionary<string, long> names)
    {
        var name = spread.FragmentName.Name.StringValue;
        // An unknown fragment is GraphQL.NET's error to report (KnownFragmentNames); it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment)) return SelectionCost.None;
        if (_open.Contains((name, introspection)))
        {
            Cycle = spread;
            return SelectionCost.None;
        }
        var (cost, fragmentNames) = Fragment(fragment, introspection);
        // Its fields merge into the selection set it is spread in. (The merge costs no more than the selections
        // the spread adds to the budget.)
        foreach (var (field, count) in fragmentNames) names[field] = Math.Min(_budget + 1, names.GetValueOrDefault(field) + count);
        return cost;
    }

    private (SelectionCost Cost, Dictionary<string, long> Names) Fragment(GraphQLFragmentDefinition fragment, bool introspection)
    {
        var key = (fragment.FragmentName.Name.StringValue, introspection);
        if (_measured.TryGetValue(key, out var known)) return known;
        _open.Add(key);
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        var cost = Collect(fragment.SelectionSet, introspection, names);
        _open.Remove(key);
        // A fragment measured while stopping is incomplete; nothing reads it afterwards.
        _measured[key] = (cost, names);
        return (cost, names);
    }

    /// <summary>An inline fragment or a spread is a selection itself, besides what it contains.</summary>
    private SelectionCost One(SelectionCost inner) => inner with { Selections = Math.Min(_budget + 1, inner.Selections + 1) };
}
