namespace Graph.Core.Model;

/// <summary>
/// The knowledge model: entity types, relationship types and the GraphQL fields that follow them.
/// The GraphQL schema, the Cypher constraints and the seed checks are all derived from this one object.
/// </summary>
public sealed class KnowledgeModel
{
    public KnowledgeModel(IReadOnlyList<EntityType> entities, IReadOnlyList<RelationshipType> relationships, IReadOnlyList<RelationshipField> fields)
    {
        Entities = entities;
        Relationships = relationships;
        Fields = fields;
    }

    /// <summary>The model of DESIGN.md.</summary>
    public static KnowledgeModel Default { get; } = KnowledgeModelDefinition.Build();

    public IReadOnlyList<EntityType> Entities { get; }

    public IReadOnlyList<RelationshipType> Relationships { get; }

    public IReadOnlyList<RelationshipField> Fields { get; }

    public IEnumerable<string> Labels => Entities.Select(e => e.Label);

    public EntityType? Entity(string label) => Entities.FirstOrDefault(e => e.Label == label);

    public RelationshipType? Relationship(string type) => Relationships.FirstOrDefault(r => r.Type == type);

    public IEnumerable<RelationshipField> FieldsOf(string label) => Fields.Where(f => f.Owner == label);

    public RelationshipField? Field(string owner, string name) => Fields.FirstOrDefault(f => f.Owner == owner && f.Name == name);
}
