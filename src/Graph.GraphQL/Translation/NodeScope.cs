using Graph.Core.Model;
using Graph.GraphQL.Vocabulary;

namespace Graph.GraphQL.Translation;

/// <summary>
/// The labels a node variable may carry: one for a concrete type, several for the Entity interface.
/// Gives the properties and relationship fields that may be read or filtered there.
/// </summary>
internal sealed record NodeScope(KnowledgeModel Model, IReadOnlyList<string> Labels)
{
    public static NodeScope Of(KnowledgeModel model, string label) => new(model, [label]);

    public static NodeScope Targets(KnowledgeModel model, RelationshipField field) => new(model, field.Targets);

    public static NodeScope AllEntities(KnowledgeModel model) => new(model, model.Labels.ToList());

    public bool IsConcrete => Labels.Count == 1;

    public IReadOnlyList<PropertyDefinition> Properties => IsConcrete
        ? Model.Entity(Labels[0])!.Properties
        : EntityInterfaces.CommonProperties(Model);

    public IReadOnlyList<RelationshipField> Fields => IsConcrete ? Model.FieldsOf(Labels[0]).ToList() : [];

    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);

    public RelationshipField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The scope a fragment's type condition selects inside this one (null if it cannot apply).</summary>
    public NodeScope? Narrow(string? typeCondition)
    {
        if (typeCondition is null || typeCondition is EntityInterfaces.Entity or EntityInterfaces.Node) return this;
        if (TargetInterfaces.MembersOf(typeCondition) is { } members)
        {
            var shared = Labels.Where(members.Contains).ToList();
            return shared.Count == 0 ? null : shared.Count == Labels.Count ? this : new NodeScope(Model, shared);
        }
        return Labels.Contains(typeCondition) ? Of(Model, typeCondition) : null;
    }
}
