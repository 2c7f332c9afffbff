namespace Graph.Api.GraphQL;

/// <summary>
/// A request the host refuses before the GraphQL layer sees it: the HTTP status, a stable code for
/// <c>extensions.code</c> and a message for the client.
/// </summary>
internal sealed record GraphQLHttpError(int Status, string Code, string Message)
{
    public static GraphQLHttpError BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

    public static GraphQLHttpError TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"The request is larger than the limit of {limit} bytes (Graph:GraphQL:MaxRequestBytes).");
}
