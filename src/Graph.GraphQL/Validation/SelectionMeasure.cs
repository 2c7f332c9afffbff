using GraphQLParser.AST;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Measures a parsed document the way GraphQL.NET's validation rules will walk it, without expanding it: each
/// fragment is measured once per mode (ordinary or introspection) and its cost reused at every spread, so a
/// document of doubling fragments costs as many steps as it has nodes, not as many as it expands to. Counting
/// stops as soon as the selection budget is exceeded; a fragment that spreads itself is reported, not followed.
/// </summary>
/// <remarks>
/// Depth follows GraphQL.NET's complexity analyzer: a field with a selection set is one level deeper than the
/// set it sits in, so <c>{ states { name } }</c> has depth 1. Fields under <c>__schema</c> and <c>__type</c> count
/// toward the introspection depth instead, which has its own bound.
/// </remarks>
internal sealed class SelectionMeasure
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, bool Introspection), SelectionCost> _measured = [];
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

    /// <summary>True once the budget is exceeded, a cycle is found or the nesting bound is passed: measuring has stopped.</summary>
    public bool Stopped => Cycle is not null || TooDeeplyNested is not null;

    public SelectionCost Operation(GraphQLOperationDefinition operation) => Set(operation.SelectionSet, introspection: false);

    public SelectionCost Fragment(GraphQLFragmentDefinition fragment) =>
        Fragment(fragment, fragment.TypeCondition.Type.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private SelectionCost Set(GraphQLSelectionSet? set, bool introspection)
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
            cost = cost.Beside(Selection(selection, introspection), _budget + 1);
            // The budget only has to be known exceeded, not by how much.
            if (cost.Selections > _budget || Stopped) break;
        }
        _nesting--;
        return cost;
    }

    private SelectionCost Selection(ASTNode selection, bool introspection) => selection switch
    {
        GraphQLField field => Field(field, introspection),
        GraphQLInlineFragment inline => One(Set(inline.SelectionSet, introspection)),
        GraphQLFragmentSpread spread => One(Spread(spread, introspection)),
        _ => SelectionCost.None,
    };

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

    private SelectionCost Spread(GraphQLFragmentSpread spread, bool introspection)
    {
        var name = spread.FragmentName.Name.StringValue;
        // An unknown fragment is GraphQL.NET's error to report (KnownFragmentNames); it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment)) return SelectionCost.None;
        if (_open.Contains((name, introspection)))
        {
            Cycle = spread;
            return SelectionCost.None;
        }
        return Fragment(fragment, introspection);
    }

    private SelectionCost Fragment(GraphQLFragmentDefinition fragment, bool introspection)
    {
        var key = (fragment.FragmentName.Name.StringValue, introspection);
        if (_measured.TryGetValue(key, out var known)) return known;
        _open.Add(key);
        var cost = Set(fragment.SelectionSet, introspection);
        _open.Remove(key);
        // A fragment measured while stopping is incomplete; nothing reads it afterwards.
        _measured[key] = cost;
        return cost;
    }

    /// <summary>An inline fragment or a spread is a selection itself, besides what it contains.</summary>
    private SelectionCost One(SelectionCost inner) => inner with { Selections = Math.Min(_budget + 1, inner.Selections + 1) };
}
