using Graph.Cypher.Functions;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// WITH and RETURN: projection, grouping with aggregates, DISTINCT, ORDER BY, SKIP, LIMIT and WITH's WHERE.
/// Without aggregation or DISTINCT, ORDER BY may also read the variables before the projection.
/// </summary>
internal sealed class Projector
{
    private readonly QueryContext _ctx;
    private readonly Evaluator _eval;

    public Projector(QueryContext ctx, Evaluator eval)
    {
        _ctx = ctx;
        _eval = eval;
    }

    /// <summary>Column names: RETURN * / WITH * lists the variables in scope sorted by name, as Neo4j does, then the items.</summary>
    public IReadOnlyList<string> Columns(Projection projection, IReadOnlyList<string> scope)
    {
        var names = new List<string>();
        if (projection.IncludeExisting) names.AddRange(scope.Where(s => !s.StartsWith(' ')).OrderBy(s => s, StringComparer.Ordinal));
        foreach (var item in projection.Items)
        {
            if (!names.Contains(item.Name)) names.Add(item.Name);
        }
        return names;
    }

    public IEnumerable<Row> Project(IEnumerable<Row> input, Projection p, Expression? where, IReadOnlyList<string> columns)
    {
        var aggregating = ProjectionShape.Of(p).Aggregating;
        IEnumerable<(Row Projected, Row Scope)> rows = aggregating ? Aggregate(input, p, columns) : Simple(input, p, columns, where is not null);
        if (p.Distinct)
        {
            var seen = new HashSet<IReadOnlyList<object?>>(ValueListComparer.Instance);
            rows = rows.Where(r => seen.Add(columns.Select(r.Projected.Get).ToList())).Select(r => (r.Projected, r.Projected));
        }
        if (p.OrderBy.Count > 0) rows = Sort(rows.ToList(), p);
        if (p.Skip is not null) rows = rows.Skip(Count(p.Skip, "SKIP"));
        if (p.Limit is not null) rows = rows.Take(Count(p.Limit, "LIMIT"));
        // WITH's WHERE reads the scope row: the projection, plus the earlier variables when it neither aggregates nor is DISTINCT.
        if (where is not null) rows = rows.Where(r => _eval.IsTrue(where, r.Scope));
        return rows.Select(r => r.Projected);
    }

    private int Count(Expression e, string clause) => Operators.PagingCount.Of(_eval.Evaluate(e, Row.Empty), clause);

    private IEnumerable<(Row, Row)> Simple(IEnumerable<Row> input, Projection p, IReadOnlyList<string> columns, bool filtered)
    {
        // Only ORDER BY or WITH's WHERE without DISTINCT read the earlier variables next to the projection; otherwise
        // the combined scope row is not built at all.
        var keepScope = (p.OrderBy.Count > 0 || filtered) && !p.Distinct;
        var items = p.Items;
        foreach (var row in input)
        {
            _ctx.Tick();
            var projected = p.IncludeExisting ? row.Only(columns) : Row.Empty;
            for (var i = 0; i < items.Count; i++) projected = projected.With(items[i].Name, _eval.Evaluate(items[i].Expression, row));
            yield return (projected, keepScope ? row.WithAll(projected.Entries) : projected);
        }
    }

    private IEnumerable<(Row, Row)> Aggregate(IEnumerable<Row> input, Projection p, IReadOnlyList<string> columns)
    {
        var shape = ProjectionShape.Of(p);
        var keyItems = shape.KeyItems;
        var calls = shape.Calls;
        var items = p.Items;
        IReadOnlyList<string> existing = p.IncludeExisting ? columns.Where(c => keyItems.All(k => k.Name != c)).ToList() : [];
        // Built only once a second group appears: a pure aggregation (one group) never hashes its key.
        Dictionary<IReadOnlyList<object?>, Group>? groups = null;
        var order = new List<Group>();
        // Keys are evaluated into one reused buffer; a copy is kept only for a new group. Rows of one group
        // usually arrive together (a match expands one node at a time), so the previous group is tried first.
        var buffer = new object?[keyItems.Count + existing.Count];
        Group? previous = null;
        foreach (var row in input)
        {
            _ctx.Tick();
            for (var i = 0; i < keyItems.Count; i++) buffer[i] = _eval.Evaluate(keyItems[i].Expression, row);
            for (var i = 0; i < existing.Count; i++) buffer[keyItems.Count + i] = row.Get(existing[i]);
            Group? group = null;
            if (previous is not null && ValueListComparer.Instance.Equals(previous.Key, buffer)) group = previous;
            else if (previous is null || !(groups ??= Index(order)).TryGetValue(buffer, out group))
            {
                var key = (object?[])buffer.Clone();
                group = new Group(key, row, NewStates(calls));
                groups?.Add(key, group);
                order.Add(group);
            }
            previous = group;
            for (var i = 0; i < calls.Count; i++) group.States[i].Add(calls[i], row, _eval, _ctx);
        }
        if (order.Count == 0 && keyItems.Count == 0 && !p.IncludeExisting)
        {
            order.Add(new Group([], Row.Empty, NewStates(calls)));
        }
        foreach (var group in order)
        {
            var values = calls.Count == 0 ? [] : new object?[calls.Count];
            for (var i = 0; i < calls.Count; i++) values[i] = group.States[i].Result(_ctx);
            var results = new AggregateResults(calls, values);
            var projected = p.IncludeExisting ? group.First.Only(columns) : Row.Empty;
            for (var i = 0; i < items.Count; i++) projected = projected.With(items[i].Name, _eval.Evaluate(items[i].Expression, group.First, results));
            // ORDER BY after aggregation sees the projection plus the aggregate results it names; a grouping key
            // written inside a larger sort key (ORDER BY a.name + 'x') reads the group's first row, where it has
            // the group's value (semantic analysis lets nothing else through).
            var scope = p.OrderBy.Count > 0 ? group.First.WithAll(projected.Entries) : projected;
            yield return (projected, scope.With(" aggregates", results));
        }
    }

    private static List<AggregateState> NewStates(IReadOnlyList<Expression> calls)
    {
        var states = new List<AggregateState>(calls.Count);
        foreach (var call in calls) states.Add(new AggregateState(call));
        return states;
    }

    private static Dictionary<IReadOnlyList<object?>, Group> Index(List<Group> groups)
    {
        var index = new Dictionary<IReadOnlyList<object?>, Group>(ValueListComparer.Instance);
        foreach (var g in groups) index.Add(g.Key, g);
        return index;
    }

    private IEnumerable<(Row Projected, Row Scope)> Sort(List<(Row Projected, Row Scope)> rows, Projection p)
    {
        var itemKeys = p.Items.Select(i => (Key: AstKey.Of(i.Expression), i.Name)).ToList();
        var keyed = rows.Select((r, index) => (Row: r, Keys: p.OrderBy.Select(o => SortValue(o.Expression, r, itemKeys)).ToArray(), Index: index)).ToList();
        var comparer = CypherComparison.Orderability;
        keyed.Sort((a, b) =>
        {
            for (var i = 0; i < p.OrderBy.Count; i++)
            {
                var c = comparer.Compare(a.Keys[i], b.Keys[i]);
                if (c != 0) return p.OrderBy[i].Descending ? -c : c;
            }
            // Ties keep their incoming order (a stable sort), which callers paging through results rely on.
            return a.Index.CompareTo(b.Index);
        });
        return keyed.Select(k => k.Row);
    }

    /// <summary>
    /// A sort key: a projected item written the same way is read from its column; anything else is evaluated
    /// over the row's scope (the projection plus, without aggregation or DISTINCT, the earlier variables).
    /// </summary>
    private object? SortValue(Expression e, (Row Projected, Row Scope) r, List<(string Key, string Name)> items)
    {
        var key = AstKey.Of(e);
        foreach (var (k, name) in items)
        {
            if (k == key) return r.Projected.Get(name);
        }
        var aggregates = r.Scope.Get(" aggregates") as IReadOnlyDictionary<Expression, object?>;
        return _eval.Evaluate(e, r.Scope, aggregates);
    }

    private sealed record Group(IReadOnlyList<object?> Key, Row First, List<AggregateState> States);
}
