using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Relay connections as two subqueries over the same MATCH: one counts the matching rows (<c>totalCount</c>, and the
/// <c>aggregate</c> when asked for), the other pages them with <c>ORDER BY … SKIP … LIMIT</c> and projects the page,
/// so no request collects every match to return a few (the engine counts an exact index seek without making rows,
/// and keeps only the page's rows in a Top). Either is left out when nothing selected needs it. The map returned
/// holds totalCount, the page's offset and the edges; cursors and pageInfo are derived from those when the response
/// is shaped.
/// </summary>
internal sealed class ConnectionTranslator(Translators t)
{
    /// <summary>A root connection over one entity type or, for <c>entitiesConnection</c>, all of them.</summary>
    public Subquery Root(NodeScope scope, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var match = new List<Clause> { new Match(Pattern.Node(new NodePattern(node, scope.Labels))) };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) match.Add(new Where(predicate));
        return Body(match, [], node, null, null, scope, field);
    }

    public Subquery Relationship(NodePattern from, RelationshipField relationship, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var rel = t.Context.Variable("rel");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var relType = t.Context.Model.Relationship(relationship.RelationshipType)!;
        var match = new List<Clause> { new Match(Pattern.Along(from, relationship, rel, node)) };
        if (t.Filter.ConnectionWhere(rel, relType, node, scope, field.Argument("where")) is { } predicate) match.Add(new Where(predicate));
        return Body(match, from.Variable is { } source ? [source] : [], node, rel, relType, scope, field);
    }

    private Subquery Body(IReadOnlyList<Clause> match, IReadOnlyList<Variable> imports, Variable node, Variable? rel, RelationshipType? relType,
        NodeScope scope, FieldRequest field)
    {
        var order = rel is null || relType is null
            ? SortTranslator.OrderBy(node, scope, field.Argument("sort"))
            : SortTranslator.ConnectionOrderBy(node, scope, rel, relType.Properties, field.Argument("sort"));
        Projected[] row = rel is null ? [node] : [node, rel];

        // A part nobody selected is not computed: pageInfo reads both the total and the page.
        var pageInfo = field.ChildrenNamed("pageInfo").Any();
        var paged = pageInfo || field.ChildrenNamed("edges").Any();
        var counted = pageInfo || field.ChildrenNamed("totalCount").Any();
        var clauses = new List<Clause>();
        Expr total = new Keyword("0");
        Variable? aggregate = null;
        if (field.Merged("aggregate") is { Count: > 0 } selections)
        {
            var totals = new List<Clause>(match);
            // shortest/longest keep the first value met: in the connection's order, as the edges list them.
            if (order is not null) totals.Add(new With(row, order));
            var count = t.Context.Variable("var");
            aggregate = Aggregate(count, node, rel, relType, scope, selections, totals);
            clauses.Add(new Call(imports, totals));
            total = count;
        }
        else if (counted)
        {
            var count = t.Context.Variable("var");
            clauses.Add(new Call(imports, [.. match, new Return(new FunctionCall("count", new Keyword("*")), count)]));
            total = count;
        }

        var (offset, first) = t.Pagination.Page(field);
        var from = t.Context.Parameter(offset);
        Expr edges = new ListLiteral([]);
        if (paged)
        {
            var page = new List<Clause>(match) { new With(row, order, from, first is { } n ? t.Context.Parameter(n) : null) };
            var entries = new List<MapEntry>();
            foreach (var group in field.ChildrenNamed("edges").SelectMany(e => e.Children).GroupBy(c => c.ResponseKey))
            {
                var children = group.SelectMany(c => c.Children).ToList();
                switch (group.First().Name)
                {
                    case "node":
                        entries.Add(new MapEntry(group.Key, t.Projection.Map(node, scope, children, page)));
                        break;
                    case "properties" when rel is not null:
                        entries.Add(new MapEntry(group.Key, Properties(rel, children)));
                        break;
                }
            }
            var collected = t.Context.Variable("var");
            page.Add(new Return(new FunctionCall("collect", new MapLiteral(entries)), collected));
            clauses.Add(new Call(imports, page));
            edges = collected;
        }

        var result = t.Context.Variable("var");
        var connection = new List<MapEntry> { new("totalCount", total), new("offset", from), new("edges", edges) };
        if (aggregate is not null) connection.Add(new MapEntry("aggregate", aggregate));
        clauses.Add(new Return(new MapLiteral(connection), result));
        return new Subquery(clauses, result);
    }

    /// <summary>
    /// <c>aggregate { count { nodes edges } node { … } edge { … } }</c> over every matched row (all pages), computed in
    /// the WITH that counts them; with no row it still returns one (zero counts, null statistics), as an aggregation
    /// without grouping keys does. Returns the total and the aggregate map.
    /// </summary>
    private Variable Aggregate(Variable total, Variable node, Variable? rel, RelationshipType? relType, NodeScope scope,
        IReadOnlyList<FieldRequest> selections, List<Clause> clauses)
    {
        var aggregates = new List<Projected> { new(new FunctionCall("count", new Keyword("*")), total) };
        var entries = new List<MapEntry>();
        foreach (var group in selections.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var children = group.SelectMany(c => c.Children).Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
            switch (group.First().Name)
            {
                case "count":
                    entries.Add(new MapEntry(group.Key, new MapLiteral(children.GroupBy(c => c.ResponseKey).Select(c =>
                    {
                        var count = t.Context.Variable("var");
                        // A node related twice counts once among the nodes; each relationship counts among the edges.
                        Expr counted = c.First().Name == "edges" && rel is not null
                            ? new FunctionCall("count", rel)
                            : new FunctionCall("count", [node], Distinct: true);
                        aggregates.Add(new Projected(counted, count));
                        return new MapEntry(c.Key, count);
                    }).ToList())));
                    break;
                case "node":
                    entries.Add(new MapEntry(group.Key, t.Aggregation.Properties(node, scope.Properties, children, aggregates)));
                    break;
                case "edge" when rel is not null && relType is not null:
                    entries.Add(new MapEntry(group.Key, t.Aggregation.Properties(rel, relType.Properties, children, aggregates)));
                    break;
            }
        }
        clauses.Add(new With(aggregates));
        var result = t.Context.Variable("var");
        clauses.Add(new Return([total, new Projected(new MapLiteral(entries), result)]));
        return result;
    }

    /// <summary>A relationship's requested properties: <c>rel { .evidence, .role }</c>.</summary>
    private static Expr Properties(Variable rel, IReadOnlyList<FieldRequest> children)
    {
        var entries = children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey)
            .Select(g => g.Key == g.First().Name ? MapEntry.Shorthand(g.Key) : new MapEntry(g.Key, rel.Dot(g.First().Name)))
            .ToList();
        return entries.Count == 0 ? new MapLiteral([]) : new MapProjection(rel, entries);
    }
}
