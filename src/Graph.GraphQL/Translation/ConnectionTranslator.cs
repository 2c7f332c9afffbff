using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Relay connections: the matching rows are ordered and collected once (that gives <c>totalCount</c>), then the page
/// is a slice of that list, projected in a <c>CALL</c>. The map returned holds totalCount, the page's offset and the
/// edges; cursors and pageInfo are derived from those when the response is shaped.
/// </summary>
internal sealed class ConnectionTranslator(Translators t)
{
    /// <summary>A root connection over one entity type or, for <c>entitiesConnection</c>, all of them.</summary>
    public Subquery Root(NodeScope scope, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var clauses = new List<Clause> { new Match(Pattern.Node(new NodePattern(node, scope.Labels))) };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        return Body(clauses, node, null, null, scope, field);
    }

    public Subquery Relationship(NodePattern from, RelationshipField relationship, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var rel = t.Context.Variable("rel");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var relType = t.Context.Model.Relationship(relationship.RelationshipType)!;
        var clauses = new List<Clause> { new Match(Pattern.Along(from, relationship, rel, node)) };
        if (t.Filter.ConnectionWhere(rel, relType, node, scope, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        return Body(clauses, node, rel, relType, scope, field);
    }

    private Subquery Body(List<Clause> clauses, Variable node, Variable? rel, RelationshipType? relType, NodeScope scope, FieldRequest field)
    {
        var order = rel is null || relType is null
            ? SortTranslator.OrderBy(node, scope, field.Argument("sort"))
            : SortTranslator.ConnectionOrderBy(node, scope, rel, relType.Properties, field.Argument("sort"));
        if (order is not null)
        {
            clauses.Add(new With(rel is null ? [node] : [node, rel], order));
        }
        var edges = t.Context.Variable("edges");
        Expr row = rel is null ? node : new MapLiteral([new MapEntry("node", node), new MapEntry("relationship", rel)], Compact: true);
        clauses.Add(new With([new Projected(new FunctionCall("collect", row), edges)]));
        var total = t.Context.Variable("var");
        clauses.Add(new With([edges, new Projected(new FunctionCall("size", edges), total)]));
        var aggregate = field.Merged("aggregate") is { Count: > 0 } selections ? Aggregate(edges, node, rel, relType, scope, selections, clauses) : null;

        var (offset, first) = t.Pagination.Page(field);
        var from = t.Context.Parameter(offset);
        var slice = new Slice(edges, from, first is { } n ? t.Context.Parameter(offset + n) : null);
        var inner = Unpack(slice, node, rel);
        var entries = new List<MapEntry>();
        foreach (var group in field.ChildrenNamed("edges").SelectMany(e => e.Children).GroupBy(c => c.ResponseKey))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            switch (group.First().Name)
            {
                case "node":
                    entries.Add(new MapEntry(group.Key, t.Projection.Map(node, scope, children, inner)));
                    break;
                case "properties" when rel is not null:
                    entries.Add(new MapEntry(group.Key, Properties(rel, children)));
                    break;
            }
        }
        var page = t.Context.Variable("var");
        inner.Add(new Return(new FunctionCall("collect", new MapLiteral(entries)), page));
        clauses.Add(new Call([edges], inner));
        var result = t.Context.Variable("var");
        var connection = new List<MapEntry> { new("totalCount", total), new("offset", from), new("edges", page) };
        if (aggregate is not null) connection.Add(new MapEntry("aggregate", aggregate));
        clauses.Add(new Return(new MapLiteral(connection), result));
        return new Subquery(clauses, result);
    }

    /// <summary>
    /// <c>aggregate { count { nodes edges } node { … } edge { … } }</c> over every matched row (all pages): a CALL
    /// unwinds the collected rows once more and aggregates them; with no row it still returns one (zero counts,
    /// null statistics), as an aggregation without grouping keys does.
    /// </summary>
    private Variable Aggregate(Variable edges, Variable node, Variable? rel, RelationshipType? relType, NodeScope scope,
        IReadOnlyList<FieldRequest> selections, List<Clause> clauses)
    {
        var inner = Unpack(edges, node, rel);
        var aggregates = new List<Projected>();
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
        if (aggregates.Count > 0) inner.Add(new With(aggregates));
        var result = t.Context.Variable("var");
        inner.Add(new Return(new MapLiteral(entries), result));
        clauses.Add(new Call([edges], inner));
        return result;
    }

    /// <summary>Unwinds collected rows back into the node (and relationship) variables they were collected from.</summary>
    private List<Clause> Unpack(Expr rows, Variable node, Variable? rel)
    {
        var edge = t.Context.Variable("edge");
        return
        [
            new Unwind(rows, edge),
            rel is null
                ? new With([new Projected(edge, node)])
                : new With([new Projected(edge.Dot("node"), node), new Projected(edge.Dot("relationship"), rel)]),
        ];
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
