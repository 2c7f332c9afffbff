using Graph.GraphQL.Translation;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Audit;

/// <summary>
/// <c>changes(where, first, after)</c> → the Change nodes, newest first (by <c>seq</c>), as a Relay connection in the
/// shape the other connections return (totalCount, offset, edges), so cursors and pageInfo come out the same.
/// </summary>
internal sealed class ChangesTranslator(Translators t)
{
    public List<string> Root(FieldRequest field, out string result)
    {
        var change = t.Context.Variable("this");
        var lines = new List<string> { $"MATCH ({change}:{AuditTrail.Label})" };
        var filter = new FilterTranslator(t.Context);
        if (filter.Properties(change, ChangeFields.Filterable, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        lines.Add($"WITH {change} ORDER BY {change}.seq DESC");
        var edges = t.Context.Variable("edges");
        lines.Add($"WITH collect({change}) AS {edges}");
        var total = t.Context.Variable("var");
        lines.Add($"WITH {edges}, size({edges}) AS {total}");

        var (offset, first) = t.Pagination.Page(field);
        var from = t.Context.Parameter(offset);
        var slice = first is { } n ? $"{edges}[{from}..{t.Context.Parameter(offset + n)}]" : $"{edges}[{from}..]";
        var entries = new List<string>();
        foreach (var group in field.ChildrenNamed("edges").SelectMany(e => e.Children).Where(c => c.Name == "node").GroupBy(c => c.ResponseKey))
        {
            entries.Add($"{Name(group.Key)}: {Projection(change, group.SelectMany(c => c.Children))}");
        }
        var page = t.Context.Variable("var");
        lines.Add(Call(edges, [$"UNWIND {slice} AS {change}", $"RETURN collect({{ {string.Join(", ", entries)} }}) AS {page}"]));
        result = t.Context.Variable("var");
        lines.Add($"RETURN {{ totalCount: {total}, offset: {from}, edges: {page} }} AS {result}");
        return lines;
    }

    private static string Projection(string change, IEnumerable<FieldRequest> children)
    {
        var entries = new List<string>();
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var name = group.First().Name;
            if (ChangeFields.All.All(p => p.Name != name)) continue;
            var value = name == "at" ? $"toString({change}.at)" : $"{change}.{Name(name)}";
            entries.Add($"{Name(group.Key)}: {value}");
        }
        return $"{{ {string.Join(", ", entries)} }}";
    }
}
