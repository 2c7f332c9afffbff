using Graph.Cypher.Planning.Cost;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Analysis;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Planning;

/// <summary>
/// WITH and RETURN: projection or aggregation, DISTINCT, ORDER BY (Top when a LIMIT follows), SKIP, LIMIT and
/// WITH's WHERE, with the scoping rules the interpreter keeps: items read the incoming row; without
/// aggregation or DISTINCT, ORDER BY also sees the earlier variables; an ORDER BY key written like an item
/// reads that item's column.
/// </summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan PlanProjection(LogicalPlan plan, Scope scope, Projection p, Expression? where, out Scope next, out IReadOnlyList<string> columns, out IReadOnlyList<Symbol> symbols)
    {
        var aggregating = p.Items.Any(i => AggregateCalls.Contains(i.Expression));
        plan = HoistProjection(plan, p, aggregating, ref scope);
        var names = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        var order = new List<string>();
        if (p.IncludeExisting)
        {
            foreach (var s in scope.Visible.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                names[s.Name] = s;
                order.Add(s.Name);
            }
        }
        var itemKeys = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        Scope sortScope;
        if (!aggregating)
        {
            var items = new List<ProjectedItem>();
            foreach (var item in p.Items)
            {
                // RETURN n passes n's slot on: no Projection computes it again.
                if (item.Expression is Variable same && same.Name == item.Name && scope.Find(same.Name) is { } existing)
                {
                    Name(names, order, item.Name, existing);
                    itemKeys.TryAdd(AstKey.Of(item.Expression), existing);
                    continue;
                }
                var symbol = Column(item.Name, item.Expression, scope);
                items.Add(new ProjectedItem(symbol, Bind(item.Expression, scope)));
                Name(names, order, item.Name, symbol);
                itemKeys.TryAdd(AstKey.Of(item.Expression), symbol);
            }
            if (items.Count > 0) plan = new ProjectionPlan(plan, items, plan.Estimate);
            var projected = new Scope(names);
            sortScope = p.Distinct
                ? new Scope(names, null, itemKeys)
                : new Scope(Overlay(scope.Variables, names), null, itemKeys);
            if (p.Distinct) plan = new DistinctPlan(plan, order.Select(n => names[n]).ToList(), plan.Estimate);
            next = projected;
        }
        else
        {
            var groupings = new List<ProjectedItem>();
            var keySymbols = new Dictionary<ProjectionItem, Symbol>(ReferenceEqualityComparer.Instance);
            foreach (var item in p.Items.Where(i => !AggregateCalls.Contains(i.Expression)))
            {
                var symbol = Column(item.Name, item.Expression, scope);
                groupings.Add(new ProjectedItem(symbol, Bind(item.Expression, scope)));
                keySymbols[item] = symbol;
                itemKeys.TryAdd(AstKey.Of(item.Expression), symbol);
            }
            // WITH *, count(*): the variables in scope group too, each kept in its own slot.
            foreach (var name in order) groupings.Add(new ProjectedItem(names[name], Bind(new Variable(p.Position, name), scope)));
            var aggregates = new List<AggregateItem>();
            var calls = new Dictionary<Expression, Symbol>(ReferenceEqualityComparer.Instance);
            // An item that is just an aggregate call is computed straight into its column.
            foreach (var item in p.Items)
            {
                if (!AggregateCalls.IsAggregate(item.Expression) || calls.ContainsKey(item.Expression)) continue;
                _ = Reads(item.Expression, scope);
                var column = NewSymbol(item.Name, SymbolKind.Value);
                calls[item.Expression] = column;
                aggregates.Add(new AggregateItem(column, item.Expression, scope));
            }
            // Then the calls inside items and ORDER BY keys (count(*) + 1, ORDER BY max(x)).
            foreach (var call in p.Items.SelectMany(i => AggregateCalls.In(i.Expression)).Concat(p.OrderBy.SelectMany(o => AggregateCalls.In(o.Expression))))
            {
                if (calls.ContainsKey(call)) continue;
                _ = Reads(call, scope);
                var symbol = NewHidden("agg", SymbolKind.Value);
                calls[call] = symbol;
                aggregates.Add(new AggregateItem(symbol, call, scope));
            }
            plan = new AggregationPlan(plan, groupings, aggregates, CardinalityModel.Grouped(plan.Estimate, groupings.Count));
            var grouped = new Dictionary<string, Symbol>(StringComparer.Ordinal);
            foreach (var g in groupings) grouped[g.Symbol.Name] = g.Symbol;
            var afterAggregation = new Scope(grouped, calls, new Dictionary<string, Symbol>(itemKeys, StringComparer.Ordinal));
            var computed = new List<ProjectedItem>();
            foreach (var item in p.Items)
            {
                if (keySymbols.TryGetValue(item, out var key))
                {
                    Name(names, order, item.Name, key);
                    continue;
                }
                if (calls.TryGetValue(item.Expression, out var direct) && direct.Name == item.Name)
                {
                    Name(names, order, item.Name, direct);
                    itemKeys.TryAdd(AstKey.Of(item.Expression), direct);
                    continue;
                }
                var symbol = NewSymbol(item.Name, SymbolKind.Value);
                computed.Add(new ProjectedItem(symbol, Bind(item.Expression, afterAggregation)));
                Name(names, order, item.Name, symbol);
                itemKeys.TryAdd(AstKey.Of(item.Expression), symbol);
            }
            if (computed.Count > 0) plan = new ProjectionPlan(plan, computed, plan.Estimate);
            if (p.Distinct) plan = new DistinctPlan(plan, order.Select(n => names[n]).ToList(), plan.Estimate);
            sortScope = new Scope(names, calls, itemKeys);
            next = new Scope(names);
        }
        plan = Paged(plan, p, sortScope);
        if (where is not null && Subqueries.Contain(where)) plan = PlanConjuncts(plan, next, FreeVariables.Conjuncts(where).ToList());
        else if (where is not null) plan = Filtered(plan, [new ExpressionPredicate(Bind(where, next), Reads(where, next))]);
        columns = order;
        symbols = order.Select(n => names[n]).ToList();
        return plan;
    }

    private LogicalPlan Paged(LogicalPlan plan, Projection p, Scope sortScope)
    {
        // ORDER BY size([(m)-->(x) | x]): the key's pattern expressions are computed below the sort, by an Apply
        // over the rows the projection made (a key written like an item reads that item's column instead).
        foreach (var o in p.OrderBy)
        {
            if (sortScope.Items is null || !sortScope.Items.ContainsKey(AstKey.Of(o.Expression))) plan = Hoist(plan, o.Expression, ref sortScope);
        }
        var keys = p.OrderBy.Select(o => new SortKey(BindSortKey(o.Expression, sortScope), o.Descending)).ToList();
        var skip = p.Skip is null ? null : Bind(p.Skip, Scope.Empty);
        var limit = p.Limit is null ? null : Bind(p.Limit, Scope.Empty);
        if (keys.Count > 0 && limit is not null)
        {
            plan = new TopPlan(plan, keys, limit, skip, CardinalityModel.Limited(plan.Estimate, Constant(p.Limit) + (Constant(p.Skip) ?? 0)));
        }
        else if (keys.Count > 0)
        {
            plan = new SortPlan(plan, keys, plan.Estimate);
        }
        if (skip is not null) plan = new SkipPlan(plan, skip, Math.Max(0, plan.Estimate - (Constant(p.Skip) ?? 0)));
        if (limit is not null && keys.Count == 0) plan = Limit(plan, limit, CardinalityModel.Limited(plan.Estimate, Constant(p.Limit)));
        return plan;
    }

    /// <summary>A key written like an item reads its column; otherwise every name it reads must be in the sort scope.</summary>
    private static BoundExpression BindSortKey(Expression e, Scope scope)
    {
        if (scope.Items is not null && scope.Items.ContainsKey(AstKey.Of(e))) return new BoundExpression(e, scope);
        return Bind(e, scope);
    }

    private static double? Constant(Expression? e) => e is Literal { Value: long n } ? n : null;

    private static void Name(Dictionary<string, Symbol> names, List<string> order, string name, Symbol symbol)
    {
        if (!names.ContainsKey(name)) order.Add(name);
        names[name] = symbol;
    }

    private static Dictionary<string, Symbol> Overlay(IReadOnlyDictionary<string, Symbol> under, Dictionary<string, Symbol> over)
    {
        var all = new Dictionary<string, Symbol>(under, StringComparer.Ordinal);
        foreach (var (k, v) in over) all[k] = v;
        return all;
    }

    /// <summary>A new column's symbol; a bare variable keeps what it is known to hold (WITH a MATCH (a)-->(b) still knows a is a node).</summary>
    private Symbol Column(string name, Expression e, Scope scope)
    {
        var source = e is Variable v ? scope.Find(v.Name) : null;
        var symbol = NewSymbol(name, source?.Kind ?? SymbolKind.Value);
        if (source is not null && _nullable.Contains(source)) _nullable.Add(symbol);
        return symbol;
    }
}
