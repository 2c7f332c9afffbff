using Graph.Api.GraphQL;
using Graph.GraphQL;

namespace Graph.Api.Auth;

/// <summary>
/// The status of a GraphQL operation the GraphQL layer refused for the caller's sign-in or role. With
/// <c>application/graphql-response+json</c> a request that never executed may use 4xx, so: 401 (with
/// WWW-Authenticate) or 403. With <c>application/json</c> the spec wants 200 for a well-formed request,
/// and the error's <c>extensions.code</c> carries the refusal.
/// </summary>
internal static class GraphQLRefusalStatus
{
    public static bool TryApply(HttpContext context, GraphQLOutcome outcome, string mediaType)
    {
        if (outcome is not (GraphQLOutcome.Unauthenticated or GraphQLOutcome.Forbidden) || mediaType != GraphQLMediaTypes.GraphQLResponse) return false;
        if (outcome == GraphQLOutcome.Unauthenticated)
        {
            context.Response.Headers.WWWAuthenticate = context.RequestServices.GetRequiredService<AuthChallenge>().Value();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return true;
    }
}
