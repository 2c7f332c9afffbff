using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Analysis;

/// <summary>
/// EXISTS / COUNT / COLLECT subqueries see the outer variables all the way through, even past a WITH (Cypher manual:
/// "variables from the outside scope are visible for the entire subquery, even when using a WITH clause"). The body
/// is read as if each of its WITH clauses also projected those variables.
/// </summary>
internal static class OuterScopeCarry
{
    /// <summary>The body with <paramref name="outer"/> carried through its WITH clauses; the body itself when it has none.</summary>
    public static Query Through(Query body, IReadOnlyCollection<string> outer)
    {
        if (outer.Count == 0) return body;
        return body switch
        {
            SingleQuery single => Single(single, outer),
            UnionQuery union when union.Parts.Any(HasWith) => union with { Parts = union.Parts.Select(p => Single(p, outer)).ToList() },
            _ => body,
        };
    }

    public static bool HasWith(SingleQuery query) => query.Clauses.Any(c => c is WithClause);

    private static SingleQuery Single(SingleQuery query, IReadOnlyCollection<string> outer) =>
        HasWith(query) ? query with { Clauses = query.Clauses.Select(c => c is WithClause w ? Carry(w, outer) : c).ToList() } : query;

    private static WithClause Carry(WithClause with, IReadOnlyCollection<string> outer)
    {
        var items = with.Projection.Items;
        if (with.Projection.IncludeExisting) return with;
        var carried = outer.Where(n => items.All(i => i.Name != n))
            .Select(n => new ProjectionItem(with.Position, new Variable(with.Position, n), null, n))
            .ToList();
        return carried.Count == 0 ? with : with with { Projection = with.Projection with { Items = [.. carried, .. items] } };
    }
}
