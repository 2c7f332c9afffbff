using global::GraphQL;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Execution;

/// <summary>Turns a failed <see cref="ResultCheck"/> in the statement's root values into the request's GraphQL error.</summary>
internal static class ResultChecks
{
    public static void Apply(IReadOnlyList<ResultCheck>? checks, IReadOnlyDictionary<string, object?> root)
    {
        if (checks is null || checks.Count == 0) return;
        foreach (var check in checks)
        {
            foreach (var value in root.Values)
            {
                if (value is IDictionary<string, object?> map && map.TryGetValue(check.Key, out var flag) && flag is true)
                {
                    throw new ExecutionError(check.Message) { Code = check.Code };
                }
            }
        }
    }
}
