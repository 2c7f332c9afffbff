using System.Globalization;
using Graph.Core.Values;

namespace Graph.Cypher.Storage.Schema;

/// <summary>Neo4j's textual forms of schemas, rules and values in schema error messages.</summary>
internal static class SchemaText
{
    public static string Pattern(bool onRelationships, string labelOrType, IReadOnlyList<string> properties) =>
        onRelationships
            ? $"()-[:{labelOrType} {{{string.Join(", ", properties)}}}]-()"
            : $"(:{labelOrType} {{{string.Join(", ", properties)}}})";

    public static string TypeName(ConstraintType type) => type switch
    {
        ConstraintType.Uniqueness => "UNIQUENESS",
        ConstraintType.NodePropertyExistence => "NODE PROPERTY EXISTENCE",
        ConstraintType.NodeKey => "NODE KEY",
        ConstraintType.RelationshipUniqueness => "RELATIONSHIP UNIQUENESS",
        ConstraintType.NodePropertyType => "NODE PROPERTY TYPE",
        ConstraintType.RelationshipPropertyType => "RELATIONSHIP PROPERTY TYPE",
        _ => "RELATIONSHIP PROPERTY EXISTENCE",
    };

    /// <summary>A constraint not yet created (no id), as in "Unable to create Constraint( … )".</summary>
    public static string Rule(ConstraintDefinition c) =>
        $"Constraint( name='{c.Name}', type='{TypeName(c.Type)}', schema={Pattern(c.OnRelationships, c.LabelOrType, c.Properties)} )";

    /// <summary>An existing constraint: "Constraint( id=4, name='c', type='UNIQUENESS', schema=(:L {p}), ownedIndex=3 )".</summary>
    public static string Rule(ConstraintDefinition c, SchemaState schema)
    {
        var owned = schema.IndexIds.TryGetValue(c.Name, out var indexId) ? $", ownedIndex={indexId}" : string.Empty;
        return $"Constraint( id={schema.ConstraintId(c.Name)}, name='{c.Name}', type='{TypeName(c.Type)}', schema={Pattern(c.OnRelationships, c.LabelOrType, c.Properties)}{owned} )";
    }

    /// <summary>An existing index: "Index( id=3, name='i', type='RANGE', schema=(:L {p}), indexProvider='range-1.0' )".</summary>
    public static string Rule(IndexDefinition i, SchemaState schema)
    {
        var provider = i.Kind switch
        {
            IndexKind.Range => "range-1.0",
            IndexKind.Fulltext => "fulltext-1.0",
            IndexKind.Point => "point-1.0",
            IndexKind.Text => "text-2.0",
            _ => "token-lookup-1.0",
        };
        var schemaText = i.Kind == IndexKind.Lookup
            ? (i.OnRelationships ? "()-[:<any-types>]-()" : "(:<any-labels>)")
            : i.OnRelationships
                ? $"()-[:{string.Join("|", i.LabelsOrTypes)} {{{string.Join(", ", i.Properties)}}}]-()"
                : $"(:{string.Join(":", i.LabelsOrTypes)} {{{string.Join(", ", i.Properties)}}})";
        return $"Index( id={schema.IndexId(i.Name)}, name='{i.Name}', type='{i.Kind.ToString().ToUpperInvariant()}', schema={schemaText}, indexProvider='{provider}' )";
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        bool b => b ? "true" : "false",
        double d => Math.Floor(d) == d && !double.IsInfinity(d) ? d.ToString("F1", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        System.Collections.IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>"property `id` = 'kz'" or "properties `a` = 1, `b` = 2".</summary>
    public static string PropertyValues(IReadOnlyList<string> properties, IReadOnlyList<object> values) =>
        properties.Count == 1
            ? $"property `{properties[0]}` = {Value(values[0])}"
            : "properties " + string.Join(", ", properties.Select((p, i) => $"`{p}` = {Value(values[i])}"));

    public static string Entity(bool onRelationships, long id) => onRelationships ? $"Relationship({id})" : $"Node({id})";

    public static string LabelWord(bool onRelationships) => onRelationships ? "type" : "label";

    public static string MissingProperties(bool onRelationships, long id, string labelOrType, IReadOnlyList<string> properties) =>
        properties.Count == 1
            ? $"{Entity(onRelationships, id)} with {LabelWord(onRelationships)} `{labelOrType}` must have the property `{properties[0]}`"
            : $"{Entity(onRelationships, id)} with {LabelWord(onRelationships)} `{labelOrType}` must have the properties ({string.Join(", ", properties.Select(p => $"`{p}`"))})";

}
