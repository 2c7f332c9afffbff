using Graph.Api.Configuration;
using Graph.Api.GraphQL;
using Graph.GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>Reading: the reader role, or anyone while Graph:Auth:AnonymousRead is on.</summary>
internal sealed class ReadRequirement : IAuthorizationRequirement;

/// <summary>A role, with the service's ordering (admin ⊃ editor ⊃ reader).</summary>
internal sealed record RoleRequirement(string Role) : IAuthorizationRequirement;

/// <summary>Decides both requirements from the caller the GraphQL layer would see, so both doors agree.</summary>
internal sealed class RoleRequirementHandler(IOptions<AuthOptions> options) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var caller = Callers.From(context.User);
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var met = requirement switch
            {
                ReadRequirement => caller.Has(Roles.Reader) || options.Value.AnonymousRead || IsIdePage(context.Resource) || IsWebSocket(context.Resource),
                RoleRequirement role => caller.Has(role.Role),
                _ => false,
            };
            if (met) context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    // A browser cannot send headers with a WebSocket upgrade: the connection signs in with connection_init, where the
    // same read rule is applied (ConnectionSignIn) before anything runs.
    // Only the GraphQL endpoint: an upgrade header must not open another endpoint that reads.
    private static bool IsWebSocket(object? resource) =>
        resource is HttpContext { WebSockets.IsWebSocketRequest: true } context
        && context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "GraphQL";

    // GET /graphql from a browser answers the GraphiQL page, which stays public like /graphiql itself.
    private static bool IsIdePage(object? resource) =>
        resource is HttpContext { Request: var request }
        && HttpMethods.IsGet(request.Method)
        && GraphQLMediaTypes.WantsHtml(request.Headers.Accept)
        && !request.Query.ContainsKey("query");
}
