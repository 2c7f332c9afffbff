namespace Graph.Core.Model;

/// <summary>A node label: GraphQL type name = label (PascalCase singular), root list field = <see cref="Plural"/>.</summary>
public sealed record EntityType(string Label, string Plural, string Description, IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
