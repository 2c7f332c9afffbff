using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Graph.Api.Auth;

/// <summary>
/// A policy that is not met ends the request with a structured refusal instead of the framework's bare
/// challenge: 401 with <c>WWW-Authenticate</c> for an anonymous caller, 403 for a signed-in one.
/// </summary>
internal sealed class RefusingAuthorizationResultHandler(AuthChallenge challenge) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded) return _default.HandleAsync(next, context, policy, authorizeResult);

        var what = Describe(policy);
        if (context.User.Identity?.IsAuthenticated != true)
            return challenge.RefuseAsync(context, $"{what} Sign in with an API key (header X-Api-Key) or a bearer token (Authorization: Bearer …).");

        var caller = Callers.From(context.User);
        var roles = caller.Roles.Count == 0 ? "no role" : "the role(s) " + string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
        return HostRefusal.WriteAsync(context, StatusCodes.Status403Forbidden, HostRefusal.Forbidden, $"{what} '{caller.Name}' has {roles}.");
    }

    private static string Describe(AuthorizationPolicy policy) =>
        policy.Requirements.OfType<RoleRequirement>().FirstOrDefault() is { } role
            ? $"This needs the {role.Role} role."
            : "Reading needs the reader role on this service (Graph:Auth:AnonymousRead is off).";
}
