using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Relay connections: the matching rows are ordered and collected once (that gives <c>totalCount</c>), then the page
/// is a slice of that list, projected in a <c>CALL</c>. The map returned holds totalCount, the page's offset and the
/// edges; cursors and pageInfo are derived from those when the response is shaped.
/// </summary>
internal sealed class ConnectionTranslator(Translators t) : IConnectionTranslator
{
    public List<string> Root(EntityType entity, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Of(t.Context.Model, entity.Label);
        var lines = new List<string> { $"MATCH ({node}:{Name(entity.Label)})" };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        Body(lines, node, null, scope, field, out result);
        return lines;
    }

    public string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var rel = t.Context.Variable("rel");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var relType = t.Context.Model.Relationship(relationship.RelationshipType)!;
        var lines = new List<string> { $"MATCH {Pattern(from, relationship, rel, node)}" };
        if (t.Filter.ConnectionWhere(rel, relType, node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        Body(lines, node, rel, scope, field, out result);
        return Call(variable, lines);
    }

    private void Body(List<string> lines, string node, string? rel, NodeScope scope, FieldRequest field, out string result)
    {
        if (t.Sort.OrderBy(node, scope, field.Argument("sort")) is { } order)
        {
            lines.Add($"WITH {node}{(rel is null ? "" : ", " + rel)} ORDER BY {order}");
        }
        var edges = t.Context.Variable("edges");
        lines.Add(rel is null ? $"WITH collect({node}) AS {edges}" : $"WITH collect({{node: {node}, relationship: {rel}}}) AS {edges}");
        var total = t.Context.Variable("var");
        lines.Add($"WITH {edges}, size({edges}) AS {total}");

        var (offset, first) = t.Pagination.Page(field);
        var from = t.Context.Parameter(offset);
        var slice = first is { } n ? $"{edges}[{from}..{t.Context.Parameter(offset + n)}]" : $"{edges}[{from}..]";
        var edge = t.Context.Variable("edge");
        var inner = new List<string>
        {
            $"UNWIND {slice} AS {edge}",
            rel is null ? $"WITH {edge} AS {node}" : $"WITH {edge}.node AS {node}, {edge}.relationship AS {rel}",
        };
        var entries = new List<string>();
        foreach (var group in field.ChildrenNamed("edges").SelectMany(e => e.Children).GroupBy(c => c.ResponseKey))
        {
            var children = group.SelectMany(c => c.Children).ToList();
            switch (group.First().Name)
            {
                case "node":
                    entries.Add($"{Name(group.Key)}: {t.Projection.Map(node, scope, children, inner)}");
                    break;
                case "properties" when rel is not null:
                    entries.Add($"{Name(group.Key)}: {Properties(rel, children)}");
                    break;
            }
        }
        var page = t.Context.Variable("var");
        inner.Add($"RETURN collect({{ {string.Join(", ", entries)} }}) AS {page}");
        lines.Add(Call(edges, inner));
        result = t.Context.Variable("var");
        lines.Add($"RETURN {{ totalCount: {total}, offset: {from}, edges: {page} }} AS {result}");
    }

    /// <summary>A relationship's requested properties: <c>rel { .evidence, .role }</c>.</summary>
    private static string Properties(string rel, IReadOnlyList<FieldRequest> children)
    {
        var entries = children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey)
            .Select(g => g.Key == g.First().Name ? "." + Name(g.Key) : $"{Name(g.Key)}: {rel}.{Name(g.First().Name)}")
            .ToList();
        return entries.Count == 0 ? "{}" : $"{rel} {{ {string.Join(", ", entries)} }}";
    }
}
