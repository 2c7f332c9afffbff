using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// create/update/delete per entity type, each a CALL block of the one statement. Property names come from the
/// input types (so from the model); values are parameters; Date properties go through <c>date()</c>.
/// The counters of the statement are attached to the response afterwards.
/// </summary>
internal sealed class MutationTranslator(Translators t)
{
    public const string InfoKey = "__info";

    public List<string> Create(EntityType entity, FieldRequest field, out string result)
    {
        var item = t.Context.Variable("var");
        var node = t.Context.Variable("this");
        var lines = new List<string>
        {
            $"UNWIND {t.Context.Parameter(field.Argument("input"))} AS {item}",
            $"CREATE ({node}:{Name(entity.Label)})",
            $"SET {node} = {item}",
        };
        foreach (var date in entity.Properties.Where(p => p.Type == ScalarType.Date))
        {
            lines.Add($"SET {node}.{Name(date.Name)} = date({item}.{Name(date.Name)})");
        }
        Respond(entity, field, node, lines, out result);
        return lines;
    }

    public List<string> Update(EntityType entity, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Of(t.Context.Model, entity.Label);
        var lines = new List<string> { $"MATCH ({node}:{Name(entity.Label)})" };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        var sets = new List<string>();
        foreach (var (name, value) in FilterTranslator.AsMap(field.Argument("update")))
        {
            if (entity.Property(name) is not { } property || property.Name == "id") continue;
            var parameter = t.Context.Parameter(value);
            sets.Add($"{node}.{Name(property.Name)} = " + (property.Type == ScalarType.Date ? $"date({parameter})" : parameter));
        }
        if (sets.Count > 0) lines.Add("SET " + string.Join(", ", sets));
        Respond(entity, field, node, lines, out result);
        return lines;
    }

    public List<string> Delete(EntityType entity, FieldRequest field, out string result)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Of(t.Context.Model, entity.Label);
        var lines = new List<string> { $"MATCH ({node}:{Name(entity.Label)})" };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        lines.Add($"DETACH DELETE {node}");
        result = t.Context.Variable("var");
        lines.Add($"RETURN count(*) AS {result}");
        return lines;
    }

    private void Respond(EntityType entity, FieldRequest field, string node, List<string> lines, out string result)
    {
        lines.Add($"WITH {node}");
        var map = t.Projection.Map(node, NodeScope.Of(t.Context.Model, entity.Label), field.Merged(entity.Plural), lines);
        var nodes = t.Context.Variable("var");
        lines.Add($"WITH collect({map}) AS {nodes}");
        var entries = field.Children.Where(c => c.Name == entity.Plural).Select(c => c.ResponseKey).Distinct()
            .Select(key => $"{Name(key)}: {nodes}").ToList();
        result = t.Context.Variable("var");
        lines.Add($"RETURN {{ {string.Join(", ", entries)} }} AS {result}");
    }
}
