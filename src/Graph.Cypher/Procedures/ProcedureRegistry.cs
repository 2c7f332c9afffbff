namespace Graph.Cypher.Procedures;

/// <summary>The procedures the embedded engine offers; names are matched case-sensitively as in Neo4j.</summary>
internal static class ProcedureRegistry
{
    private static readonly Dictionary<string, Procedure> All = new[]
    {
        CatalogProcedures.Labels,
        CatalogProcedures.RelationshipTypes,
        CatalogProcedures.PropertyKeys,
        SchemaVisualization.Procedure,
        SchemaTypeProperties.NodeTypeProperties,
        SchemaTypeProperties.RelTypeProperties,
        ComponentProcedures.Components,
        ApocValidation.Validate,
        FulltextProcedures.QueryNodes,
        FulltextProcedures.QueryRelationships,
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>A procedure declared for the current scope (<see cref="ProcedureScope"/>) first, then the built-in ones.</summary>
    public static Procedure? Find(string name) => ProcedureScope.Find(name) ?? All.GetValueOrDefault(name);

    public static IEnumerable<Procedure> Procedures => All.Values;
}
