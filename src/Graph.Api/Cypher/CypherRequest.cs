namespace Graph.Api.Cypher;

/// <summary>An analyst's statement and its parameters, as posted to /cypher.</summary>
internal sealed record CypherRequest(string Statement, IReadOnlyDictionary<string, object?> Parameters);
