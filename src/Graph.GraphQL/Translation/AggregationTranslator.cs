using Graph.Core.Model;
using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary>
/// Aggregates: the requested aggregations are computed in one WITH (count, min, max, avg, sum, collect for
/// shortest/longest) and assembled into the map the response reads.
/// </summary>
internal sealed class AggregationTranslator(Translators t)
{
    public Subquery Root(EntityType entity, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Of(t.Context.Model, entity.Label);
        var clauses = new List<Clause> { new Match(Pattern.Node(NodePattern.Of(node, entity.Label))) };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        return Aggregate(clauses, node, scope, field);
    }

    public Subquery Relationship(NodePattern from, RelationshipField relationship, FieldRequest field)
    {
        var node = t.Context.Variable("this");
        var scope = NodeScope.Targets(t.Context.Model, relationship);
        var clauses = new List<Clause> { new Match(Pattern.Along(from, relationship, null, node)) };
        if (t.Filter.Node(node, scope, field.Argument("where")) is { } predicate) clauses.Add(new Where(predicate));
        return Aggregate(clauses, node, scope, field);
    }

    private Subquery Aggregate(List<Clause> clauses, Variable node, NodeScope scope, FieldRequest field)
    {
        var aggregates = new List<Projected>();
        var entries = new List<MapEntry>();
        foreach (var group in field.Children.Where(c => !c.Name.StartsWith("__", StringComparison.Ordinal)).GroupBy(c => c.ResponseKey))
        {
            var name = group.First().Name;
            if (name == "count")
            {
                var count = t.Context.Variable("var");
                aggregates.Add(new Projected(new FunctionCall("count", node), count));
                entries.Add(new MapEntry(group.Key, count));
            }
            else if (scope.Property(name) is { } property)
            {
                entries.Add(new MapEntry(group.Key, Statistics(node.Dot(property.Name), group.SelectMany(c => c.Children), aggregates)));
            }
        }
        var result = t.Context.Variable("var");
        if (aggregates.Count > 0) clauses.Add(new With(aggregates));
        clauses.Add(new Return(new MapLiteral(entries), result));
        return new Subquery(clauses, result);
    }

    /// <summary>
    /// <c>{ name: { shortest, longest }, date: { min, max } }</c> of the given properties of <paramref name="variable"/>
    /// (a node or a relationship); the aggregations go to <paramref name="aggregates"/>, computed in one WITH.
    /// </summary>
    public MapLiteral Properties(Variable variable, IReadOnlyList<PropertyDefinition> properties, IEnumerable<FieldRequest> selections, List<Projected> aggregates)
    {
        var entries = new List<MapEntry>();
        foreach (var group in selections.GroupBy(c => c.ResponseKey))
        {
            if (properties.FirstOrDefault(p => p.Name == group.First().Name) is not { } property) continue;
            entries.Add(new MapEntry(group.Key, Statistics(variable.Dot(property.Name), group.SelectMany(c => c.Children), aggregates)));
        }
        return new MapLiteral(entries);
    }

    private MapLiteral Statistics(Expr value, IEnumerable<FieldRequest> selections, List<Projected> aggregates) =>
        new(selections.GroupBy(c => c.ResponseKey).Select(g => Part(g.Key, g.First().Name, value, aggregates)).OfType<MapEntry>().ToList());

    /// <summary>One statistic of a property (min, max, average, sum, shortest, longest), null for anything else.</summary>
    private MapEntry? Part(string key, string name, Expr value, List<Projected> aggregates)
    {
        var variable = t.Context.Variable("var");
        switch (name)
        {
            case "min" or "max" or "sum":
                aggregates.Add(new Projected(new FunctionCall(name, value), variable));
                return new MapEntry(key, variable);
            case "average":
                aggregates.Add(new Projected(new FunctionCall("avg", value), variable));
                return new MapEntry(key, variable);
            case "shortest" or "longest":
                // Ties keep the first value met; Neo4j's library does the same through ORDER BY size().
                aggregates.Add(new Projected(new FunctionCall("collect", value), variable));
                var acc = new Variable("acc");
                var s = new Variable("s");
                var longer = new Binary(new FunctionCall("size", s), name == "shortest" ? "<" : ">", new FunctionCall("size", acc));
                var keep = new Case([(new Binary(new IsNull(acc), "OR", longer), s)], acc);
                return new MapEntry(key, new Reduce(acc, Keyword.Null, s, variable, keep));
            default:
                return null;
        }
    }
}
