using System.Text;
using Graph.Core.Model;

namespace Graph.Compat.Tests;

/// <summary>
/// Type definitions for Neo4j's GraphQL library written from the knowledge model, the same model the
/// project's own schema is generated from: one @node type per entity, one @relationship field per model
/// field (a union when a field reaches several labels), @relationshipProperties for edge properties, and the
/// Entity interface every type implements.
/// </summary>
internal static class Neo4jGraphQLTypeDefs
{
    public static string From(KnowledgeModel model)
    {
        var sdl = new StringBuilder();
        foreach (var relationship in model.Relationships.Where(r => r.Properties.Count > 0))
        {
            sdl.Append("type ").Append(PropertiesType(relationship.Type)).AppendLine(" @relationshipProperties {");
            foreach (var property in relationship.Properties) AppendProperty(sdl, property);
            sdl.AppendLine("}");
        }
        // The Entity interface over the properties every type shares, as the project's schema has it (entities, typename).
        var common = model.Entities[0].Properties.Where(p => model.Entities.All(e => e.Property(p.Name) is { } q && q.Type == p.Type)).ToList();
        sdl.AppendLine("interface Entity {");
        foreach (var property in common) AppendProperty(sdl, property);
        sdl.AppendLine("}");
        foreach (var entity in model.Entities)
        {
            sdl.Append("type ").Append(entity.Label).AppendLine(" implements Entity @node {");
            foreach (var property in entity.Properties) AppendProperty(sdl, property);
            foreach (var field in model.FieldsOf(entity.Label)) AppendRelationship(sdl, model, field);
            sdl.AppendLine("}");
        }
        foreach (var field in model.Fields.Where(f => f.Targets.Count > 1))
        {
            sdl.Append("union ").Append(UnionName(field)).Append(" = ").AppendLine(string.Join(" | ", field.Targets));
        }
        return sdl.ToString();
    }

    private static void AppendProperty(StringBuilder sdl, PropertyDefinition property) =>
        sdl.Append("  ").Append(property.Name).Append(": ").Append(GraphQLType(property.Type)).AppendLine(property.Required ? "!" : "");

    private static void AppendRelationship(StringBuilder sdl, KnowledgeModel model, RelationshipField field)
    {
        var target = field.Targets.Count == 1 ? field.Targets[0] : UnionName(field);
        var direction = field.Direction == RelationshipDirection.Outgoing ? "OUT" : "IN";
        sdl.Append("  ").Append(field.Name).Append(": ").Append(field.IsList ? $"[{target}!]!" : target)
            .Append($" @relationship(type: \"{field.RelationshipType}\", direction: {direction}");
        if (model.Relationship(field.RelationshipType) is { Properties.Count: > 0 }) sdl.Append($", properties: \"{PropertiesType(field.RelationshipType)}\"");
        sdl.AppendLine(")");
    }

    private static string UnionName(RelationshipField field) => field.Owner + char.ToUpperInvariant(field.Name[0]) + field.Name[1..] + "Target";

    /// <summary>TRADES_WITH → TradesWithProperties.</summary>
    private static string PropertiesType(string relationshipType) =>
        string.Concat(relationshipType.Split('_').Select(w => w[0] + w[1..].ToLowerInvariant())) + "Properties";

    private static string GraphQLType(ScalarType type) => type switch
    {
        ScalarType.Id => "ID",
        ScalarType.String => "String",
        ScalarType.StringList => "[String!]",
        ScalarType.Int => "Int",
        ScalarType.IntList => "[Int!]",
        ScalarType.Float => "Float",
        ScalarType.Boolean => "Boolean",
        ScalarType.Date => "Date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no GraphQL type for this model type"),
    };
}
