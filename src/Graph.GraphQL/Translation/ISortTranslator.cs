namespace Graph.GraphQL.Translation;

/// <summary>Sorting: a <c>sort</c> argument → ORDER BY items (null without keys).</summary>
internal interface ISortTranslator
{
    string? OrderBy(string variable, NodeScope scope, object? sort);
}
