using Graph.Api.Hosting;

namespace Graph.Api.GraphQL;

/// <summary>
/// Media types of GraphQL over HTTP: <c>application/graphql-response+json</c> is preferred (and assumed
/// when Accept is absent); <c>application/json</c> is chosen only when the client ranks it higher.
/// </summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when Accept allows neither (406).</summary>
    public static string? Negotiate(IList<string>? acceptHeaders) =>
        MediaTypeNegotiator.Negotiate(acceptHeaders, GraphQLResponse, Json);

    /// <summary>Whether a browser asked for a page rather than a GraphQL response.</summary>
    public static bool WantsHtml(IList<string>? acceptHeaders) => MediaTypeNegotiator.NamesExactly(acceptHeaders, "text/html");
}
