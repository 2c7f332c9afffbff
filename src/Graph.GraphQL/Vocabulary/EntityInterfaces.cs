using Graph.Core.Model;

namespace Graph.GraphQL.Vocabulary;

/// <summary>
/// The two interfaces every entity type implements and the properties they share. Both the schema generator and the
/// translator need these facts of the model, so they live below both (the translator must not reach up into Schema).
/// </summary>
internal static class EntityInterfaces
{
    public const string Entity = "Entity";

    public const string Node = "Node";

    /// <summary>The root list field over every entity type.</summary>
    public const string Plural = "entities";

    /// <summary>The Entity interface's filter on concrete types: <c>typename: [State, Leader]</c>.</summary>
    public const string TypenameFilter = "typename";

    /// <summary>The key every projection carries with the node's GraphQL type name, so interface values resolve.</summary>
    public const string TypeNameKey = "__typename";

    /// <summary>The properties every entity type has with the same type: the Entity interface's fields and filters.</summary>
    public static IReadOnlyList<PropertyDefinition> CommonProperties(KnowledgeModel model) =>
        model.Entities[0].Properties.Where(p => model.Entities.All(e => e.Property(p.Name) is { } q && q.Type == p.Type)).ToList();
}
