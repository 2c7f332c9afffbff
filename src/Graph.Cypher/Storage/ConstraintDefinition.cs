namespace Graph.Cypher.Storage;

/// <summary>Constraint kinds, with SHOW CONSTRAINTS' type names.</summary>
internal enum ConstraintType
{
    Uniqueness,
    NodePropertyExistence,
    NodeKey,
    RelationshipUniqueness,
    RelationshipPropertyExistence,
}

/// <summary>A constraint; uniqueness and key constraints own a range index of the same name.</summary>
internal sealed record ConstraintDefinition(
    string Name,
    ConstraintType Type,
    bool OnRelationships,
    string LabelOrType,
    IReadOnlyList<string> Properties);
