using Graph.Core.Errors;

namespace Graph.Neo4j.Http;

/// <summary>
/// Marks a <see cref="GraphException"/> (as its inner exception) whose request got no answer from Neo4j
/// itself: the connection failed, the answer did not come in time, or a proxy answered 5xx.
/// <see cref="MayHaveArrived"/> says whether Neo4j could have received, and acted on, the request,
/// which decides whether a write may be sent again. Callers still see one exception family.
/// </summary>
internal sealed class TransportFailure : Exception
{
    private TransportFailure(bool mayHaveArrived, string message, Exception? cause)
        : base(message, cause) => MayHaveArrived = mayHaveArrived;

    public bool MayHaveArrived { get; }

    public static GraphException Raise(string code, string message, bool mayHaveArrived, Exception? cause = null) =>
        new(code, message, inner: new TransportFailure(mayHaveArrived, message, cause));

    /// <summary>The marker of a failure on the way to Neo4j, or null when Neo4j itself answered.</summary>
    public static TransportFailure? Of(GraphException error) => error.InnerException as TransportFailure;
}
