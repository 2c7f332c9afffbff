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

    public static string Direction(object? direction) =>
        string.Equals(direction?.ToString(), "DESC", StringComparison.Ordinal) ? "DESC" : "ASC";
}
