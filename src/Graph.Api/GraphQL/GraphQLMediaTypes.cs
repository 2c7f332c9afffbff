using Graph.Api.Hosting;

namespace Graph.Api.GraphQL;

/// <summary>
/// Media types of GraphQL over HTTP. A client that names <c>application/graphql-response+json</c> gets it (by
/// quality, ties going to it); a legacy client that sends no Accept, <c>*/*</c> or <c>application/*</c> gets
/// <c>application/json</c>, as the spec says a server SHOULD while such clients are around.
/// </summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    private static readonly string[] ResponseFirst = [GraphQLResponse, Json];
    private static readonly string[] JsonFirst = [Json, GraphQLResponse];

    /// <summary>The media type to answer with, or null when Accept allows neither (406).</summary>
    public static string? Negotiate(IList<string>? acceptHeaders) =>
        MediaTypeNegotiator.Negotiate(acceptHeaders, MediaTypeNegotiator.NamesExactly(acceptHeaders, GraphQLResponse) ? ResponseFirst : JsonFirst);

    /// <summary>Whether a browser asked for a page rather than a GraphQL response.</summary>
    public static bool WantsHtml(IList<string>? acceptHeaders) => MediaTypeNegotiator.NamesExactly(acceptHeaders, "text/html");
}
