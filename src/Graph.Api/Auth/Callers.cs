using System.Security.Claims;
using Graph.GraphQL;

namespace Graph.Api.Auth;

/// <summary>The GraphQL layer's view of who is asking, made from the signed-in principal.</summary>
internal static class Callers
{
    /// <summary>Name: the token's <c>sub</c> (else <c>name</c>) or the API key's name; roles: every <c>roles</c> claim.</summary>
    public static GraphQLCaller From(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true } identity) return GraphQLCaller.Anonymous;
        var name = user.FindFirst(AuthSchemes.SubjectClaim)?.Value ?? user.FindFirst(AuthSchemes.NameClaim)?.Value ?? identity.Name ?? "(unnamed)";
        var roles = user.FindAll(AuthSchemes.RolesClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new GraphQLCaller(name, roles);
    }

    public static GraphQLCaller Caller(this HttpContext context) => From(context.User);
}
