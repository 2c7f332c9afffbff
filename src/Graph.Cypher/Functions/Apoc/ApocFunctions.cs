using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Apoc;

/// <summary>The APOC core functions Neo4j's GraphQL library (7.x) calls: apoc.util.validatePredicate and apoc.date.convertFormat.</summary>
internal static class ApocFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("apoc.util.validatePredicate", 3, 3, (a, _) => ValidatePredicate(a)),
        new("apoc.date.convertFormat", 2, 3, (a, _) => a[0] is null ? null : DateFormatConversion.Convert(
            Scalar.Arguments.String(a[0]), Scalar.Arguments.String(a[1]), a.Count > 2 ? Scalar.Arguments.String(a[2]) : "yyyy-MM-dd")),
    ];

    // As APOC: the formatted message fails the statement when the predicate is true; otherwise the answer is true.
    private static bool ValidatePredicate(IReadOnlyList<object?> a)
    {
        if (a[0] is not true) return true;
        var message = JavaMessageFormat.Format(a[1] as string ?? "null", a[2] as IReadOnlyList<object?> ?? []);
        throw new Core.Errors.GraphException(
            StorageErrors.ProcedureCallFailed,
            $"Failed to invoke function `apoc.util.validatePredicate`: Caused by: java.lang.RuntimeException: {message}");
    }
}
