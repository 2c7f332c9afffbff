namespace Graph.Core.Values;

/// <summary>A relationship as a query returns it; start and end are node element ids.</summary>
public sealed record Relationship(
    long Id,
    string ElementId,
    string Type,
    long StartId,
    long EndId,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties)
{
    public bool Equals(Relationship? other) => other is not null && other.ElementId == ElementId;

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
