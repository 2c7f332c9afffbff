namespace Graph.Core.Model;

/// <summary>A relationship type with the label pairs it may join and the properties its edges carry.</summary>
public sealed record RelationshipType(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties);
