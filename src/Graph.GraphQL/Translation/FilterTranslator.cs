using Graph.Core.Model;
using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary>
/// <c>where</c> → a Cypher predicate. Scalars compare with parameters (dates through <c>date()</c>, so they compare
/// as dates); relationship filters become EXISTS / COUNT subqueries (Neo4j 5 existential subqueries).
/// </summary>
internal sealed class FilterTranslator(TranslationContext context) : IFilterTranslator
{
    /// <summary>Predicate on a node, or null when the filter is empty.</summary>
    public string? Node(string variable, NodeScope scope, object? where) =>
        Combine(where, w => NodeParts(variable, scope, w));

    /// <summary>Predicate on relationship properties.</summary>
    public string? Relationship(string variable, RelationshipType type, object? where) =>
        Combine(where, w => PropertyParts(variable, type.Properties, w, (v, s) => Relationship(v, type, s)));

    /// <summary>Predicate on the given properties of a node that is not a model entity (the audit trail's Change).</summary>
    public string? Properties(string variable, IReadOnlyList<PropertyDefinition> properties, object? where) =>
        Combine(where, w => PropertyParts(variable, properties, w, (v, s) => Properties(v, properties, s)));

    private IEnumerable<string?> NodeParts(string variable, NodeScope scope, IReadOnlyDictionary<string, object?> where)
    {
        foreach (var (key, value) in where)
        {
            if (scope.Field(key) is { } field)
            {
                yield return RelationshipFilter(variable, field, value, connection: false);
            }
            else if (key.EndsWith("Connection", StringComparison.Ordinal) && scope.Field(key[..^"Connection".Length]) is { } connectionField)
            {
                yield return RelationshipFilter(variable, connectionField, value, connection: true);
            }
            else
            {
                yield return PropertyPart(variable, scope.Properties, key, value, (v, w) => Node(v, scope, w));
            }
        }
    }

    private IEnumerable<string?> PropertyParts(string variable, IReadOnlyList<PropertyDefinition> properties,
        IReadOnlyDictionary<string, object?> where, Func<string, object?, string?> nested) =>
        where.Select(kv => PropertyPart(variable, properties, kv.Key, kv.Value, nested)).ToList();

    private string? PropertyPart(string variable, IReadOnlyList<PropertyDefinition> properties, string key, object? value,
        Func<string, object?, string?> nested) => key switch
    {
        "AND" => Join(Items(value).Select(v => nested(variable, v)), " AND "),
        "OR" => Join(Items(value).Select(v => nested(variable, v)), " OR "),
        "NOT" => nested(variable, value) is { } inner ? $"NOT ({inner})" : null,
        _ => properties.FirstOrDefault(p => p.Name == key) is { } property
            ? Scalar($"{variable}.{Name(property.Name)}", property.Type, value)
            : null,
    };

    private string? Scalar(string target, ScalarType type, object? filters)
    {
        var parts = new List<string?>();
        foreach (var (op, value) in AsMap(filters))
        {
            parts.Add(op switch
            {
                "eq" when value is null => $"{target} IS NULL",
                "eq" => $"{target} = {Value(type, value)}",
                "in" => type == ScalarType.Date ? DateIn(target, value) : $"{target} IN {context.Parameter(value)}",
                "lt" => $"{target} < {Value(type, value)}",
                "lte" => $"{target} <= {Value(type, value)}",
                "gt" => $"{target} > {Value(type, value)}",
                "gte" => $"{target} >= {Value(type, value)}",
                "contains" => $"{target} CONTAINS {context.Parameter(value)}",
                "startsWith" => $"{target} STARTS WITH {context.Parameter(value)}",
                "endsWith" => $"{target} ENDS WITH {context.Parameter(value)}",
                "matches" => $"{target} =~ {context.Parameter(Regex(value))}",
                "includes" => $"{context.Parameter(value)} IN {target}",
                "isNull" when value is bool b => b ? $"{target} IS NULL" : $"{target} IS NOT NULL",
                _ => null,
            });
        }
        return Join(parts, " AND ");
    }

    private string DateIn(string target, object? value)
    {
        var item = context.Variable("d");
        return $"{target} IN [{item} IN {context.Parameter(value)} | date({item})]";
    }

    private string Value(ScalarType type, object? value) =>
        type == ScalarType.Date ? $"date({context.Parameter(value)})" : context.Parameter(value);

    private string? Regex(object? value)
    {
        var pattern = value as string ?? "";
        if (!context.Options.EnableRegex)
        {
            throw new TranslationException("REGEX_DISABLED", "The 'matches' filter (regular expressions) is disabled on this service.");
        }
        if (pattern.Length > context.Options.MaxRegexLength)
        {
            throw new TranslationException("REGEX_TOO_LONG", $"The 'matches' pattern is longer than {context.Options.MaxRegexLength} characters.");
        }
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            throw new TranslationException("BAD_REGEX", "The 'matches' pattern is not a valid regular expression.");
        }
        return pattern;
    }

    private string? RelationshipFilter(string variable, RelationshipField field, object? filter, bool connection)
    {
        var parts = new List<string?>();
        var relType = context.Model.Relationship(field.RelationshipType)!;
        foreach (var (quantifier, inner) in AsMap(filter))
        {
            var target = context.Variable("this");
            var rel = connection ? context.Variable("rel") : null;
            var targetScope = NodeScope.Targets(context.Model, field);
            var predicate = connection ? ConnectionWhere(rel!, relType, target, targetScope, inner) : Node(target, targetScope, inner);
            var match = "MATCH " + Pattern(variable, field, rel, target);
            parts.Add(quantifier switch
            {
                "some" => $"EXISTS {{ {match}{Where(predicate)} }}",
                "none" => $"NOT EXISTS {{ {match}{Where(predicate)} }}",
                "all" => predicate is null ? null : $"NOT EXISTS {{ {match} WHERE NOT ({predicate}) }}",
                "single" => $"COUNT {{ {match}{Where(predicate)} }} = 1",
                _ => null,
            });
        }
        return Join(parts, " AND ");
    }

    /// <summary>Connection where: <c>{node, edge, AND, OR, NOT}</c> over a related node and its relationship.</summary>
    public string? ConnectionWhere(string rel, RelationshipType type, string node, NodeScope scope, object? where)
    {
        var parts = new List<string?>();
        foreach (var (key, value) in AsMap(where))
        {
            parts.Add(key switch
            {
                "node" => Node(node, scope, value),
                "edge" => Relationship(rel, type, value),
                "AND" => Join(Items(value).Select(v => ConnectionWhere(rel, type, node, scope, v)), " AND "),
                "OR" => Join(Items(value).Select(v => ConnectionWhere(rel, type, node, scope, v)), " OR "),
                "NOT" => ConnectionWhere(rel, type, node, scope, value) is { } inner ? $"NOT ({inner})" : null,
                _ => null,
            });
        }
        return Join(parts, " AND ");
    }

    private static string Where(string? predicate) => predicate is null ? "" : " WHERE " + predicate;

    private static string? Combine(object? where, Func<IReadOnlyDictionary<string, object?>, IEnumerable<string?>> parts) =>
        where is null ? null : Join(parts(AsMap(where)), " AND ");

    private static string? Join(IEnumerable<string?> parts, string separator)
    {
        var list = parts.Where(p => p is not null).ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => "(" + string.Join(separator, list) + ")",
        };
    }

    internal static IReadOnlyDictionary<string, object?> AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => new Dictionary<string, object?>(),
    };

    internal static IEnumerable<object?> Items(object? value) =>
        value is System.Collections.IEnumerable list and not string ? list.Cast<object?>() : value is null ? [] : [value];
}
