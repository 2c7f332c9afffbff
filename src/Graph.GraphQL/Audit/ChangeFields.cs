using Graph.Core.Model;

namespace Graph.GraphQL.Audit;

/// <summary>The fields of an audit record (a Change node) as GraphQL shows them.</summary>
internal static class ChangeFields
{
    public static readonly IReadOnlyList<PropertyDefinition> All =
    [
        new("id", ScalarType.Id, true, "Id of this record."),
        new("seq", ScalarType.Int, true, "Position in the trail: higher is newer."),
        new("at", ScalarType.String, true, "When the change committed (ISO 8601 date and time, UTC)."),
        new("actor", ScalarType.String, true, "Who made it: the caller's name, 'anonymous' if nobody signed in."),
        new("operation", ScalarType.String, true, "The mutation field, e.g. createAgreements."),
        new("ids", ScalarType.StringList, true, "Every node touched, as \"Label:id\"."),
        new("before", ScalarType.String, false, "JSON: the touched nodes and relationships before the change ({nodes, relationships}; absent = did not exist)."),
        new("after", ScalarType.String, false, "JSON: the same after the change."),
    ];

    /// <summary>The fields a <c>where</c> may test.</summary>
    public static readonly IReadOnlyList<PropertyDefinition> Filterable = [.. All.Where(p => p.Name is "id" or "actor" or "operation" or "ids")];
}
