using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Aggregates: the requested aggregations are computed in one WITH (count, min, max, avg, sum, collect for
/// shortest/longest) and assembled into the map the response reads.
/// </summary>
internal sealed class AggregationTranslator(Translators t) : IAggregationTranslator
{
    public List<string> Root(EntityType entity, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Of(t.Context.Model, entity.Label);
        var lines = new List<string> { $"MATCH ({node}:{Name(entity.Label)})" };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        Aggregate(lines, node, scope, field, out result);
        return lines;
    }

    public string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var lines = new List<string> { $"MATCH {Pattern(from, relationship, null, node)}" };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        Aggregate(lines, node, scope, field, out result);
        return Call(variable, lines);
    }

    private void Aggregate(List<string> lines, string node, NodeScope scope, FieldRequest field, out string result)
    {
        var aggregates = new List<string>();
        var entries = new List<string>();
        foreach (var group in field.Children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var name = group.First().Name;
            if (name == "count")
            {
                var count = t.Context.Variable("var");
                aggregates.Add($"count({node}) AS {count}");
                entries.Add($"{Name(group.Key)}: {count}");
            }
            else if (scope.Property(name) is { } property)
            {
                var parts = group.SelectMany(c => c.Children).GroupBy(c => c.ResponseKey)
                    .Select(g => Part(g.Key, g.First().Name, $"{node}.{Name(property.Name)}", aggregates))
                    .Where(p => p is not null).ToList();
                entries.Add($"{Name(group.Key)}: {{ {string.Join(", ", parts)} }}");
            }
        }
        result = t.Context.Variable("var");
        if (aggregates.Count > 0) lines.Add("WITH " + string.Join(", ", aggregates));
        lines.Add($"RETURN {{ {string.Join(", ", entries)} }} AS {result}");
    }

    private string? Part(string key, string name, string value, List<string> aggregates)
    {
        var variable = t.Context.Variable("var");
        switch (name)
        {
            case "min" or "max" or "sum":
                aggregates.Add($"{name}({value}) AS {variable}");
                return $"{Name(key)}: {variable}";
            case "average":
                aggregates.Add($"avg({value}) AS {variable}");
                return $"{Name(key)}: {variable}";
            case "shortest" or "longest":
                // Ties keep the first value met; Neo4j's library does the same through ORDER BY size().
                aggregates.Add($"collect({value}) AS {variable}");
                var op = name == "shortest" ? "<" : ">";
                return $"{Name(key)}: reduce(acc = null, s IN {variable} | CASE WHEN acc IS NULL OR size(s) {op} size(acc) THEN s ELSE acc END)";
            default:
                return null;
        }
    }
}
