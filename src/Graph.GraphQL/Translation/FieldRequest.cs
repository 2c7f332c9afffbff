namespace Graph.GraphQL.Translation;

/// <summary>
/// One requested field of the query tree the translators read: fragments are flattened into it, arguments are
/// already coerced by GraphQL validation. <see cref="TypeCondition"/> is set for fields inside a fragment on a type.
/// </summary>
internal sealed record FieldRequest(
    string ResponseKey,
    string Name,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<FieldRequest> Children,
    string? TypeCondition = null,
    int Line = 0,
    int Column = 0)
{
    public object? Argument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;

    public IEnumerable<FieldRequest> ChildrenNamed(string name) => Children.Where(c => c.Name == name);

    /// <summary>The children of every selection of <paramref name="name"/>, merged (aliases of one field share a projection).</summary>
    public IReadOnlyList<FieldRequest> Merged(string name) => ChildrenNamed(name).SelectMany(c => c.Children).ToList();
}
