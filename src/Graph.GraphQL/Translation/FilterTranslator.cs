using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;
using Graph.GraphQL.Vocabulary;

namespace Graph.GraphQL.Translation;

/// <summary>
/// <c>where</c> → a Cypher predicate. Scalars compare with parameters (dates through <c>date()</c>, so they compare
/// as dates); relationship filters become EXISTS / COUNT subqueries (Neo4j 5 existential subqueries).
/// </summary>
internal sealed class FilterTranslator(TranslationContext context)
{
    /// <summary>Predicate on a node, or null when the filter is empty.</summary>
    public Expr? Node(Variable variable, NodeScope scope, object? where) =>
        Combine(where, w => NodeParts(variable, scope, w));

    /// <summary>Predicate on relationship properties.</summary>
    public Expr? Relationship(Variable variable, RelationshipType type, object? where) =>
        Combine(where, w => PropertyParts(variable, type.Properties, w, (v, s) => Relationship(v, type, s)));

    /// <summary>Predicate on the given properties of a node that is not a model entity (the audit trail's Change).</summary>
    public Expr? Properties(Variable variable, IReadOnlyList<PropertyDefinition> properties, object? where) =>
        Combine(where, w => PropertyParts(variable, properties, w, (v, s) => Properties(v, properties, s)));

    private IEnumerable<Expr?> NodeParts(Variable variable, NodeScope scope, IReadOnlyDictionary<string, object?> where)
    {
        if (MemberTypes(variable, scope, where) is { } members) yield return members;
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
            else if (key == EntityInterfaces.TypenameFilter && !scope.IsConcrete && value is not null)
            {
                // Only labels of the scope count: a type name from the enum is never written into the statement as text.
                var labels = Items(value).Select(v => v?.ToString()).Where(l => l is not null && scope.Labels.Contains(l)).Cast<string>().ToList();
                yield return labels.Count == 0 ? new Keyword("false") : Junction.Of("OR", labels.Select(l => (Expr)new HasLabel(variable, l)));
            }
            else if (!scope.IsConcrete && scope.Labels.Contains(key))
            {
                continue;
            }
            else if (key.EndsWith("Aggregate", StringComparison.Ordinal) && scope.Field(key[..^"Aggregate".Length]) is { } aggregateField)
            {
                yield return AggregateFilter(variable, aggregateField, value);
            }
            else
            {
                yield return PropertyPart(variable, scope.Properties, key, value, (v, w) => Node(v, scope, w));
            }
        }
    }

    /// <summary>
    /// Member-type keys of an interface filter (<c>{ Ministry: {…}, State: {…} }</c>), as the Neo4j GraphQL Library reads
    /// a union's where: only the named types are kept, each meeting its own conditions. Null when none is given.
    /// </summary>
    private Expr? MemberTypes(Variable variable, NodeScope scope, IReadOnlyDictionary<string, object?> where)
    {
        if (scope.IsConcrete) return null;
        var members = scope.Labels.Where(where.ContainsKey).ToList();
        if (members.Count == 0) return null;
        return Junction.Of("OR", members.Select(label =>
            Junction.And([new HasLabel(variable, label), Node(variable, NodeScope.Of(scope.Model, label), where[label])])));
    }

    private IEnumerable<Expr?> PropertyParts(Variable variable, IReadOnlyList<PropertyDefinition> properties,
        IReadOnlyDictionary<string, object?> where, Func<Variable, object?, Expr?> nested) =>
        where.Select(kv => PropertyPart(variable, properties, kv.Key, kv.Value, nested)).ToList();

    private Expr? PropertyPart(Variable variable, IReadOnlyList<PropertyDefinition> properties, string key, object? value,
        Func<Variable, object?, Expr?> nested) => key switch
    {
        "AND" => Junction.Of("AND", Items(value).Select(v => nested(variable, v))),
        "OR" => Junction.Of("OR", Items(value).Select(v => nested(variable, v))),
        "NOT" => nested(variable, value) is { } inner ? new Not(inner) : null,
        _ => properties.FirstOrDefault(p => p.Name == key) is { } property
            ? Scalar(variable.Dot(property.Name), property.Type, value)
            : null,
    };

    /// <summary>Scalar operators on one value (a property, or a count for aggregate filters).</summary>
    internal Expr? Scalar(Expr target, ScalarType type, object? filters)
    {
        var parts = new List<Expr?>();
        foreach (var (op, value) in AsMap(filters))
        {
            parts.Add(op switch
            {
                "eq" when value is null => new IsNull(target),
                "eq" => new Binary(target, "=", Value(type, value)),
                "in" => type == ScalarType.Date ? DateIn(target, value) : new Binary(target, "IN", context.Parameter(value)),
                "lt" => new Binary(target, "<", Value(type, value)),
                "lte" => new Binary(target, "<=", Value(type, value)),
                "gt" => new Binary(target, ">", Value(type, value)),
                "gte" => new Binary(target, ">=", Value(type, value)),
                "contains" => new Binary(target, "CONTAINS", context.Parameter(value)),
                "startsWith" => new Binary(target, "STARTS WITH", context.Parameter(value)),
                "endsWith" => new Binary(target, "ENDS WITH", context.Parameter(value)),
                "matches" => new Binary(target, "=~", context.Parameter(Regex(value))),
                "includes" => new Binary(context.Parameter(value), "IN", target),
                "isNull" when value is bool b => new IsNull(target, Negated: !b),
                _ => null,
            });
        }
        return Junction.And(parts);
    }

    private Binary DateIn(Expr target, object? value)
    {
        var item = context.Variable("d");
        return new Binary(target, "IN", new ListComprehension(item, context.Parameter(value), new FunctionCall("date", item)));
    }

    private Expr Value(ScalarType type, object? value) =>
        type == ScalarType.Date ? new FunctionCall("date", context.Parameter(value)) : context.Parameter(value);

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

    private Expr? RelationshipFilter(Variable variable, RelationshipField field, object? filter, bool connection)
    {
        var parts = new List<Expr?>();
        var relType = context.Model.Relationship(field.RelationshipType)!;
        foreach (var (quantifier, inner) in AsMap(filter))
        {
            var target = context.Variable("this");
            var rel = connection ? context.Variable("rel") : null;
            var targetScope = NodeScope.Targets(context.Model, field);
            var predicate = connection ? ConnectionWhere(rel!, relType, target, targetScope, inner) : Node(target, targetScope, inner);
            var pattern = Pattern.Along(variable, field, rel, target);
            parts.Add(quantifier switch
            {
                "some" => new Exists(pattern, predicate),
                "none" => new NotExists(new Exists(pattern, predicate)),
                "all" => predicate is null ? null : new NotExists(new Exists(pattern, new Not(predicate))),
                "single" => new Binary(new CountSubquery(pattern, predicate), "=", new Keyword("1")),
                _ => null,
            });
        }
        return Junction.And(parts);
    }

    /// <summary><c>partiesAggregate: { count: { gte: 3 } }</c> → <c>COUNT { MATCH (this0)&lt;-[:PARTY_TO]-(this1:State) } >= $param0</c>.</summary>
    private Expr? AggregateFilter(Variable variable, RelationshipField field, object? filter)
    {
        var parts = new List<Expr?>();
        foreach (var (key, value) in AsMap(filter))
        {
            if (key != "count") continue;
            var target = context.Variable("this");
            parts.Add(Scalar(new CountSubquery(Pattern.Along(variable, field, null, target), null), ScalarType.Int, value));
        }
        return Junction.And(parts);
    }

    /// <summary>Connection where: <c>{node, edge, AND, OR, NOT}</c> over a related node and its relationship.</summary>
    public Expr? ConnectionWhere(Variable rel, RelationshipType type, Variable node, NodeScope scope, object? where)
    {
        var parts = new List<Expr?>();
        foreach (var (key, value) in AsMap(where))
        {
            parts.Add(key switch
            {
                "node" => Node(node, scope, value),
                "edge" => Relationship(rel, type, value),
                "AND" => Junction.Of("AND", Items(value).Select(v => ConnectionWhere(rel, type, node, scope, v))),
                "OR" => Junction.Of("OR", Items(value).Select(v => ConnectionWhere(rel, type, node, scope, v))),
                "NOT" => ConnectionWhere(rel, type, node, scope, value) is { } inner ? new Not(inner) : null,
                _ => null,
            });
        }
        return Junction.And(parts);
    }

    private static Expr? Combine(object? where, Func<IReadOnlyDictionary<string, object?>, IEnumerable<Expr?>> parts) =>
        where is null ? null : Junction.And(parts(AsMap(where)));

    internal static IReadOnlyDictionary<string, object?> AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => new Dictionary<string, object?>(),
    };

    internal static IEnumerable<object?> Items(object? value) =>
        value is System.Collections.IEnumerable list and not string ? list.Cast<object?>() : value is null ? [] : [value];
}
