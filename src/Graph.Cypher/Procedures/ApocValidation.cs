using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Procedures;

/// <summary>
/// <c>apoc.util.validate(predicate, message, params)</c>, a void procedure: fails the statement with the formatted
/// message when the predicate is true (Neo4j's GraphQL library guards authorization with it), else passes the row on.
/// </summary>
internal static class ApocValidation
{
    public static Procedure Validate { get; } = new("apoc.util.validate", ["predicate", "message", "params"], [], (args, _) =>
    {
        if (args[0] is true)
        {
            var message = JavaMessageFormat.Format(args[1] as string ?? "null", args[2] as IReadOnlyList<object?> ?? []);
            throw new Core.Errors.GraphException(
                StorageErrors.ProcedureCallFailed,
                $"Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: {message}");
        }

        return [[]];
    });
}
