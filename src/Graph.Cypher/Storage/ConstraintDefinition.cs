namespace Graph.Cypher.Storage;

/// <summary>Constraint kinds, with SHOW CONSTRAINTS' type names.</summary>
internal enum ConstraintType
{
    Uniqueness,
    NodePropertyExistence,
    NodeKey,
    RelationshipUniqueness,
    RelationshipPropertyExistence,

    /// <summary>REQUIRE n.p IS :: T — the property, when present, has a value of type T.</summary>
    NodePropertyType,

    RelationshipPropertyType,
}

/// <summary>
/// A constraint; uniqueness and key constraints own a range index of the same name. PropertyType is the type of a
/// property type constraint in Neo4j's spelling ("INTEGER", "LIST<STRING NOT NULL>", "INTEGER | FLOAT"), else null.
/// </summary>
internal sealed record ConstraintDefinition(
    string Name,
    ConstraintType Type,
    bool OnRelationships,
    string LabelOrType,
    IReadOnlyList<string> Properties,
    string? PropertyType = null)
{
    public bool IsPropertyType => Type is ConstraintType.NodePropertyType or ConstraintType.RelationshipPropertyType;
}
