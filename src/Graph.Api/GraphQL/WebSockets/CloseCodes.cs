namespace Graph.Api.GraphQL.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (graphql-ws's PROTOCOL.md).</summary>
internal static class CloseCodes
{
    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>A message that is not valid JSON, not a known message, or lacks a field the protocol requires.</summary>
    public const int BadRequest = 4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>connection_init refused: credentials not accepted, or reading not allowed.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not ask for the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init within the configured time.</summary>
    public const int InitTimeout = 4408;

    /// <summary>A subscribe with the id of an operation still running.</summary>
    public const int SubscriberExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitRequests = 4429;

    /// <summary>The server failed unexpectedly.</summary>
    public const int InternalError = 4500;
}
