namespace Graph.GraphQL;

/// <summary>
/// One GraphQL-over-HTTP request. <see cref="QueriesOnly"/> is set for GET, where the spec forbids
/// mutations (the service answers with a request error, and the host with 405). <see cref="Caller"/> is who
/// asks (null: anonymous).
/// </summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    bool QueriesOnly = false,
    GraphQLCaller? Caller = null);
