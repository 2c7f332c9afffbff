using Graph.Core.Errors;

namespace Graph.Api.Hosting;

/// <summary>The HTTP status for a store error, from Neo4j's classification of its code.</summary>
internal static class GraphErrorStatus
{
    public static int For(GraphException error) => error switch
    {
        // Bad credentials are the server's configuration, not the caller's fault.
        { Code: ErrorCodes.Unauthorized } => StatusCodes.Status503ServiceUnavailable,
        { IsTransient: true } => StatusCodes.Status503ServiceUnavailable,
        { Classification: "ClientError" } => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
