using System.Text.Json;
using Graph.Api.Configuration;
using Graph.GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>
/// Sign-in for a WebSocket connection, whose browser client cannot set headers on the upgrade: the
/// <c>connection_init</c> payload may carry <c>X-Api-Key</c> or <c>Authorization</c> (names in any case), checked by
/// the same authentication handlers as HTTP headers, with the same rules (one credential; a credential that is sent
/// but not accepted is refused, never taken as anonymous). Without one, the upgrade request's own sign-in stands.
/// Reading then needs what it needs over HTTP: the reader role, or <c>Graph:Auth:AnonymousRead</c>.
/// </summary>
internal sealed class ConnectionSignIn(IOptions<AuthOptions> options)
{
    /// <summary>The caller, or why the connection is refused.</summary>
    public async Task<(GraphQLCaller? Caller, string? Refusal)> SignInAsync(HttpContext upgrade, JsonElement? payload)
    {
        var apiKey = Credential(payload, AuthSchemes.ApiKeyHeader);
        var authorization = Credential(payload, "Authorization");
        var user = upgrade.User;
        if (apiKey is not null || authorization is not null)
        {
            if (apiKey is not null && authorization is not null) return (null, "Send one credential: either Authorization or X-Api-Key, not both.");
            if (authorization is not null && !options.Value.Jwt.Configured)
            {
                return (null, "This service accepts no bearer tokens (Graph:Auth:Jwt is not configured); sign in with an API key (X-Api-Key).");
            }
            if (authorization is not null && !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (null, "The Authorization value must be 'Bearer <token>'.");
            }
            // The service's own handlers read the credential from a request made of the payload, in a scope of its own:
            // the request's scope already holds handlers bound to the upgrade request.
            using var scope = upgrade.RequestServices.CreateScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            if (apiKey is not null) probe.Request.Headers[AuthSchemes.ApiKeyHeader] = apiKey;
            if (authorization is not null) probe.Request.Headers.Authorization = authorization;
            var result = await probe.AuthenticateAsync(AuthSchemes.Credentials);
            if (!result.Succeeded) return (null, "The credential was not accepted" + (result.Failure is { } f ? ": " + f.Message : "."));
            user = result.Principal!;
        }

        var caller = Callers.From(user);
        if (!caller.Has(Graph.GraphQL.Roles.Reader) && !options.Value.AnonymousRead)
        {
            return (null, caller.IsAuthenticated
                ? $"Reading needs the reader role; '{caller.Name}' has none of reader, editor, admin."
                : "Reading needs a signed-in caller (Graph:Auth:AnonymousRead is off): send X-Api-Key or Authorization in the connection_init payload.");
        }
        return (caller, null);
    }

    private static string? Credential(JsonElement? payload, string name)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } map) return null;
        foreach (var property in map.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.GetRawText();
            }
        }
        return null;
    }
}
