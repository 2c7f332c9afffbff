using Graph.GraphQL.Translation;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Audit;

/// <summary>
/// <c>changes(where, first, after)</c> → the Change nodes, newest first (by <c>seq</c>), as a Relay connection in the
/// shape the other connections return (totalCount, offset, edges), so cursors and pageInfo come out the same.
/// </summary>
internal sealed class ChangesTranslator(Translators t)
{
    public Subquery Root(FieldRequest field)
    {
        var change = t.Context.Variable("this");
        var clauses = new List<Clause> { new Match(Pattern.Node(NodePattern.Of(change, AuditTrail.Label))) };
        if (t.Filter.Properties(change, ChangeFields.Filterable, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        clauses.Add(new With([change], [new SortItem(change.Dot("seq"), "DESC")]));
        var edges = t.Context.Variable("edges");
        clauses.Add(new With([new Projected(new FunctionCall("collect", change), edges)]));
        var total = t.Context.Variable("var");
        clauses.Add(new With([edges, new Projected(new FunctionCall("size", edges), total)]));

        var (offset, first) = t.Pagination.Page(field);
        var from = t.Context.Parameter(offset);
        var slice = new Slice(edges, from, first is { } n ? t.Context.Parameter(offset + n) : null);
        var entries = new List<MapEntry>();
        foreach (var group in field.ChildrenNamed("edges").SelectMany(e => e.Children).Where(c => c.Name == "node").GroupBy(c => c.ResponseKey))
        {
            entries.Add(new MapEntry(group.Key, Projection(change, group.SelectMany(c => c.Children))));
        }
        var page = t.Context.Variable("var");
        clauses.Add(new Call([edges], [new Unwind(slice, change), new Return(new FunctionCall("collect", new MapLiteral(entries)), page)]));
        var result = t.Context.Variable("var");
        clauses.Add(new Return(MapLiteral.Of(new("totalCount", total), new("offset", from), new("edges", page)), result));
        return new Subquery(clauses, result);
    }

    private static MapLiteral Projection(Variable change, IEnumerable<FieldRequest> children)
    {
        var entries = new List<MapEntry>();
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var name = group.First().Name;
            if (ChangeFields.All.All(p => p.Name != name)) continue;
            Expr value = name == "at" ? new FunctionCall("toString", change.Dot("at")) : change.Dot(name);
            entries.Add(new MapEntry(group.Key, value));
        }
        return new MapLiteral(entries);
    }
}
