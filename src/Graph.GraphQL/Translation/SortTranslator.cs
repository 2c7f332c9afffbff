using static Graph.GraphQL.Translation.CypherText;

namespace Graph.GraphQL.Translation;

/// <summary><c>sort: [{name: ASC}, {date: DESC}]</c> → <c>ORDER BY this0.name ASC, this0.date DESC</c>.</summary>
internal sealed class SortTranslator : ISortTranslator
{
    /// <summary>The ORDER BY items, or null without sort keys. Only model properties of the scope are accepted.</summary>
    public string? OrderBy(string variable, NodeScope scope, object? sort)
    {
        var items = new List<string>();
        foreach (var entry in FilterTranslator.Items(sort))
        {
            foreach (var (field, direction) in FilterTranslator.AsMap(entry))
            {
                if (scope.Property(field) is null) continue;
                var dir = string.Equals(direction?.ToString(), "DESC", StringComparison.Ordinal) ? "DESC" : "ASC";
                items.Add($"{variable}.{Name(field)} {dir}");
            }
        }
        return items.Count == 0 ? null : string.Join(", ", items);
    }
}
