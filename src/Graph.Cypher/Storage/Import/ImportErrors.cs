using Graph.Core.Errors;

namespace Graph.Cypher.Storage.Import;

/// <summary>The ways a bulk import is refused; each leaves the store as it was.</summary>
internal static class ImportErrors
{
    public static GraphException NotEmpty(long nodes, long relationships) => new(
        ErrorCodes.InvalidRequest,
        $"Bulk import needs an empty database, but it holds {nodes} node(s) and {relationships} relationship(s). Import into a new data directory, or add to this graph with Cypher.");

    public static GraphException Duplicate(string rule, string label, string properties) => new(
        ErrorCodes.ConstraintValidationFailed,
        $"The import breaks constraint {rule}: two nodes with label `{label}` have the same {properties}. Nothing was imported.");
}
