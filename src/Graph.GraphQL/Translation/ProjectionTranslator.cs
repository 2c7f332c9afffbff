using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Selections → a map projection of only the requested fields. Relationship fields, their connections and counts
/// become <c>CALL (x) { … }</c> subqueries placed before the projection, so nested levels never query per row.
/// Every projection carries <c>__typename</c> so interface fields resolve to their concrete type.
/// </summary>
internal sealed class ProjectionTranslator(Translators t)
{
    public const string TypeNameKey = Vocabulary.EntityInterfaces.TypeNameKey;

    /// <summary>Returns the projection of <paramref name="variable"/>; subqueries it needs are appended to <paramref name="clauses"/>.</summary>
    public MapProjection Map(Variable variable, NodeScope scope, IReadOnlyList<FieldRequest> children, List<Clause> clauses)
    {
        var entries = new List<MapEntry> { new(TypeNameKey, TypeNameOf.Node(variable, scope.Labels)) };
        foreach (var group in children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var field = group.First() with { Children = group.SelectMany(c => c.Children).ToList() };
            if (scope.Narrow(field.TypeCondition) is not { } fieldScope) continue;
            if (Entry(variable, scope, fieldScope, field, clauses) is { } entry) entries.Add(entry);
        }
        return new MapProjection(variable, entries);
    }

    private MapEntry? Entry(Variable variable, NodeScope scope, NodeScope fieldScope, FieldRequest field, List<Clause> clauses)
    {
        var key = field.ResponseKey;
        if (field.Name == "globalId")
        {
            return new MapEntry(key, new Binary(new Binary(TypeNameOf.Node(variable, fieldScope.Labels), "+", new Keyword("':'")), "+", variable.Dot("id")));
        }
        if (fieldScope.Property(field.Name) is { } property)
        {
            return key == property.Name ? MapEntry.Shorthand(property.Name) : new MapEntry(key, variable.Dot(property.Name));
        }

        // A field of one type inside an interface scope: the subquery only matches nodes with that label.
        var from = new NodePattern(variable, fieldScope.IsConcrete && !scope.IsConcrete ? fieldScope.Labels : []);
        Subquery subquery;
        if (fieldScope.Field(field.Name) is { } relationship)
        {
            subquery = Relationship(from, relationship, field);
        }
        else if (Suffixed(fieldScope, field.Name, "Connection") is { } connection)
        {
            subquery = t.Connection.Relationship(from, connection, field);
        }
        else if (Suffixed(fieldScope, field.Name, "Aggregate") is { } aggregate)
        {
            subquery = t.Aggregation.Relationship(from, aggregate, field);
        }
        else
        {
            return null;
        }
        clauses.Add(new Call([variable], subquery.Clauses));
        return new MapEntry(key, subquery.Result);
    }

    /// <summary><c>MATCH (x)-[:R]->(y:T) WHERE … WITH y ORDER BY … SKIP … LIMIT … RETURN collect(y {…}) AS var</c>.</summary>
    private Subquery Relationship(NodePattern from, RelationshipField relationship, FieldRequest field)
    {
        var target = t.Context.Variable("this");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        return List(new Match(Pattern.Along(from, relationship, null, target)), target, scope, field, root: false, relationship.IsList);
    }

    /// <summary>The body shared by root lists and relationship lists: match, filter, order, page, project, collect.</summary>
    public Subquery List(Clause match, Variable target, NodeScope scope, FieldRequest field, bool root, bool isList)
    {
        var clauses = new List<Clause> { match };
        if (t.Filter.Node(target, scope, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        var order = SortTranslator.OrderBy(target, scope, field.Argument("sort"));
        var (skip, limit) = t.Pagination.SkipLimit(field, root);
        if (order is not null || skip is not null || limit is not null) clauses.Add(new With([target], order, skip, limit));
        var map = Map(target, scope, field.Children, clauses);
        var result = t.Context.Variable("var");
        Expr collected = new FunctionCall("collect", map);
        clauses.Add(new Return(isList ? collected : new FunctionCall("head", collected), result));
        return new Subquery(clauses, result);
    }

    private static RelationshipField? Suffixed(NodeScope scope, string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) ? scope.Field(name[..^suffix.Length]) : null;
}
