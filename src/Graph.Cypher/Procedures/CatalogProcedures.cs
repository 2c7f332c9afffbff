namespace Graph.Cypher.Procedures;

/// <summary>db.labels(), db.relationshipTypes(), db.propertyKeys(): the names in use, one per row.</summary>
internal static class CatalogProcedures
{
    public static Procedure Labels { get; } = new("db.labels", [], ["label"], (_, ctx) => ctx.Graph.LabelsInUse().Select(l => new object?[] { l }));

    public static Procedure RelationshipTypes { get; } =
        new("db.relationshipTypes", [], ["relationshipType"], (_, ctx) => ctx.Graph.RelationshipTypesInUse().Select(t => new object?[] { t }));

    public static Procedure PropertyKeys { get; } =
        new("db.propertyKeys", [], ["propertyKey"], (_, ctx) => ctx.Graph.PropertyKeysInUse().Select(k => new object?[] { k }));
}
