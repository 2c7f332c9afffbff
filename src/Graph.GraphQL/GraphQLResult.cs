namespace Graph.GraphQL;

/// <summary>How a GraphQL request ended, so the host can pick the status code the spec gives.</summary>
public enum GraphQLOutcome
{
    /// <summary>Executed; <c>data</c> is present (errors may be too).</summary>
    Executed,

    /// <summary>Parse or validation failure, or bad variables: no <c>data</c> key.</summary>
    RequestError,

    /// <summary>A mutation was sent where only queries are allowed (HTTP GET).</summary>
    MutationNotAllowed,

    /// <summary>Refused before anything ran: the operation needs a signed-in caller (<c>UNAUTHENTICATED</c>).</summary>
    Unauthenticated,

    /// <summary>Refused before anything ran: the signed-in caller lacks the role (<c>FORBIDDEN</c>).</summary>
    Forbidden,
}

/// <summary>The serialized response body (a GraphQL response object) and its outcome.</summary>
public sealed record GraphQLResult(GraphQLOutcome Outcome, string Json);
