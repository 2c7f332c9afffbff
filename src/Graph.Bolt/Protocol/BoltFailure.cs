using Graph.Bolt.PackStream;
using Graph.Bolt.Values;
using Graph.Core.Errors;

namespace Graph.Bolt.Protocol;

/// <summary>A FAILURE message's content: a Neo4j status code and a message meant for the person at the client.</summary>
public sealed record BoltFailure(string Code, string Message)
{
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";

    /// <summary>
    /// Engine errors keep their Neo4j code and message; a bad parameter is the client's error; anything else is
    /// reported without its details (they stay in the server log).
    /// </summary>
    public static BoltFailure From(Exception exception) => exception switch
    {
        GraphException e => new(e.Code, e.Message),
        BoltValueException or PackStreamException => new(ErrorCodes.InvalidRequest, exception.Message),
        _ => new(ErrorCodes.DatabaseError, "The server could not run the request; the error is in its log."),
    };

    public static BoltFailure Invalid(string message) => new(ErrorCodes.InvalidRequest, message);

    public Dictionary<string, object?> ToMetadata() => new(StringComparer.Ordinal) { ["code"] = Code, ["message"] = Message };
}
