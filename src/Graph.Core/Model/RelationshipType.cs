namespace Graph.Core.Model;

/// <summary>
/// A relationship type with the label pairs it may join and the properties its edges carry. A fact
/// (<see cref="IsFact"/>) states something about the world and must cite its evidence; MENTIONED_IN only
/// records where an entity appears, so it does not keep an entity from being deleted.
/// </summary>
public sealed record RelationshipType(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties,
    bool IsFact = true);
