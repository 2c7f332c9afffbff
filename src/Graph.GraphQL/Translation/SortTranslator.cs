using Graph.GraphQL.Translation.Ast;

namespace Graph.GraphQL.Translation;

/// <summary><c>sort: [{name: ASC}, {date: DESC}]</c> → <c>ORDER BY this0.name ASC, this0.date DESC</c>.</summary>
internal static class SortTranslator
{
    /// <summary>The ORDER BY items, or null without sort keys. Only model properties of the scope are accepted.</summary>
    public static IReadOnlyList<SortItem>? OrderBy(Variable variable, NodeScope scope, object? sort)
    {
        var items = new List<SortItem>();
        foreach (var entry in FilterTranslator.Items(sort))
        {
            foreach (var (field, direction) in FilterTranslator.AsMap(entry))
            {
                if (scope.Property(field) is null) continue;
                items.Add(new SortItem(variable.Dot(field), Direction(direction)));
            }
        }
        return items.Count == 0 ? null : items;
    }

    /// <summary>
    /// A relationship connection's sort: the related node's keys directly, <c>{node: {name: ASC}}</c>, or
    /// <c>{edge: {volumeUsd: DESC}}</c> on the relationship's properties, in the order given.
    /// </summary>
    public static IReadOnlyList<SortItem>? ConnectionOrderBy(Variable node, NodeScope scope, Variable rel, IReadOnlyList<Core.Model.PropertyDefinition> edgeProperties, object? sort)
    {
        var items = new List<SortItem>();
        foreach (var entry in FilterTranslator.Items(sort))
        {
            foreach (var (key, value) in FilterTranslator.AsMap(entry))
            {
                switch (key)
                {
                    case "node":
                        // One map of node keys, read like one item of the node's own sort list.
                        items.AddRange(OrderBy(node, scope, new[] { value }) ?? []);
                        break;
                    case "edge":
                        items.AddRange(FilterTranslator.AsMap(value).Where(kv => edgeProperties.Any(p => p.Name == kv.Key))
                            .Select(kv => new SortItem(rel.Dot(kv.Key), Direction(kv.Value))));
                        break;
                    default:
                        if (scope.Property(key) is not null) items.Add(new SortItem(node.Dot(key), Direction(value)));
                        break;
                }
            }
        }
        return items.Count == 0 ? null : items;
    }

    public static string Direction(object? direction) =>
        string.Equals(direction?.ToString(), "DESC", StringComparison.Ordinal) ? "DESC" : "ASC";
}
