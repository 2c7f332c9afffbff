namespace Graph.Core.Model;

/// <summary>
/// A GraphQL field that follows a relationship from <see cref="Owner"/>: e.g. Ministry.agreements follows
/// (Ministry)-[:PARTY_TO]->(Agreement). Several targets mean the field returns the Entity interface.
/// </summary>
public sealed record RelationshipField(
    string Owner,
    string Name,
    string RelationshipType,
    RelationshipDirection Direction,
    IReadOnlyList<string> Targets,
    bool IsList,
    string Description);
