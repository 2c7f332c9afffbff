namespace Graph.GraphQL.Execution;

/// <summary>What one request carries from the translating listener to the resolvers: the root values.</summary>
internal sealed class RequestState(bool queriesOnly)
{
    public const string Key = "graph.request";

    public bool QueriesOnly { get; } = queriesOnly;

    public bool MutationRefused { get; set; }

    public Dictionary<string, object?> Root { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> Counters { get; set; } = new(StringComparer.Ordinal);
}
