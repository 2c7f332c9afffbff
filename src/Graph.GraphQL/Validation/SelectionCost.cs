namespace Graph.GraphQL.Validation;

/// <summary>
/// What one selection set costs once its fragments are expanded: the selections it stands for (saturating, so a
/// fragment bomb cannot overflow), the nesting depth of its ordinary fields and of its introspection fields.
/// </summary>
internal readonly record struct SelectionCost(long Selections, int Depth, int IntrospectionDepth)
{
    public static SelectionCost None => default;

    /// <summary>This cost and <paramref name="other"/> side by side in one selection set.</summary>
    public SelectionCost Beside(SelectionCost other, long cap) => new(
        Math.Min(cap, Selections + other.Selections),
        Math.Max(Depth, other.Depth),
        Math.Max(IntrospectionDepth, other.IntrospectionDepth));
}
