using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Selections → a map projection of only the requested fields. Relationship fields, their connections and counts
/// become <c>CALL (x) { … }</c> subqueries placed before the projection, so nested levels never query per row.
/// Every projection carries <c>__typename</c> so interface fields resolve to their concrete type.
/// </summary>
internal sealed class ProjectionTranslator(Translators t) : IProjectionTranslator
{
    public const string TypeNameKey = "__typename";

    /// <summary>Returns the projection of <paramref name="variable"/>; subqueries it needs are appended to <paramref name="clauses"/>.</summary>
    public string Map(string variable, NodeScope scope, IReadOnlyList<FieldRequest> children, List<string> clauses)
    {
        var entries = new List<string> { $"{TypeNameKey}: {TypeName(variable, scope.Labels)}" };
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var field = group.First() with { Children = group.SelectMany(c => c.Children).ToList() };
            if (scope.Narrow(field.TypeCondition) is not { } fieldScope) continue;
            if (Entry(variable, scope, fieldScope, field, clauses) is { } entry) entries.Add(entry);
        }
        return $"{variable} {{ {string.Join(", ", entries)} }}";
    }

    private string? Entry(string variable, NodeScope scope, NodeScope fieldScope, FieldRequest field, List<string> clauses)
    {
        var key = Name(field.ResponseKey);
        if (field.Name == "globalId") return $"{key}: {TypeName(variable, fieldScope.Labels)} + ':' + {variable}.id";
        if (fieldScope.Property(field.Name) is { } property)
        {
            return key == property.Name ? "." + Name(property.Name) : $"{key}: {variable}.{Name(property.Name)}";
        }

        // A field of one type inside an interface scope: the subquery only matches nodes with that label.
        var from = fieldScope.IsConcrete && !scope.IsConcrete ? $"{variable}:{Name(fieldScope.Labels[0])}" : variable;
        string result;
        if (fieldScope.Field(field.Name) is { } relationship)
        {
            clauses.Add(Relationship(variable, from, relationship, field, out result));
        }
        else if (Suffixed(fieldScope, field.Name, "Connection") is { } connection)
        {
            clauses.Add(t.Connection.Relationship(variable, from, connection, field, out result));
        }
        else if (Suffixed(fieldScope, field.Name, "Aggregate") is { } aggregate)
        {
            clauses.Add(t.Aggregation.Relationship(variable, from, aggregate, field, out result));
        }
        else
        {
            return null;
        }
        return $"{key}: {result}";
    }

    /// <summary><c>CALL (x) { MATCH (x)-[:R]->(y:T) WHERE … WITH y ORDER BY … SKIP … LIMIT … RETURN collect(y {…}) AS var }</c>.</summary>
    public string Relationship(string variable, string from, RelationshipField relationship, FieldRequest field, out string result)
    {
        var target = t.Context.Variable("this");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var lines = List($"MATCH {Pattern(from, relationship, null, target)}", target, scope, field, root: false, relationship.IsList, out result);
        return Call(variable, lines);
    }

    /// <summary>The body shared by root lists and relationship lists: match, filter, order, page, project, collect.</summary>
    public List<string> List(string match, string target, NodeScope scope, FieldRequest field, bool root, bool isList, out string result)
    {
        var lines = new List<string> { match };
        if (t.Filter.Node(target, scope, field.Argument("where")) is { } predicate) lines.Add("WHERE " + predicate);
        var order = t.Sort.OrderBy(target, scope, field.Argument("sort"));
        var page = t.Pagination.SkipLimit(field, root);
        if (order is not null || page is not null)
        {
            lines.Add($"WITH {target}" + (order is null ? "" : " ORDER BY " + order) + (page is null ? "" : " " + page));
        }
        var map = Map(target, scope, field.Children, lines);
        result = t.Context.Variable("var");
        lines.Add(isList ? $"RETURN collect({map}) AS {result}" : $"RETURN head(collect({map})) AS {result}");
        return lines;
    }

    private static RelationshipField? Suffixed(NodeScope scope, string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) ? scope.Field(name[..^suffix.Length]) : null;
}
