using Graph.Api.Auth;
using Graph.Api.Configuration;
using Graph.Bolt.Protocol;
using Graph.GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Graph.Api.Bolt;

/// <summary>
/// Bolt sign-in through the service's own authentication handlers, so an API key or a token means the same on
/// Bolt as over HTTP: the credential is presented to the API key or JWT handler as the header it would come in,
/// and the principal it yields gets the same roles. Basic auth takes the API key (or a token) as the password,
/// whatever the user name; bearer auth takes a token. Scheme "none" is anonymous, allowed only while
/// Graph:Auth:AnonymousRead is on, and then read-only.
/// </summary>
internal sealed class ServiceBoltAuthenticator(IServiceScopeFactory scopes, IOptions<AuthOptions> auth) : IBoltAuthenticator
{
    public async Task<BoltSignIn> SignInAsync(IReadOnlyDictionary<string, object?> token, CancellationToken cancellationToken)
    {
        var scheme = token.GetValueOrDefault("scheme") as string;
        var credentials = token.GetValueOrDefault("credentials") as string;
        switch (scheme)
        {
            case null or "none":
                return auth.Value.AnonymousRead
                    ? BoltSignIn.Reader("anonymous")
                    : BoltSignIn.Refused("Anonymous access is off here (Graph:Auth:AnonymousRead); sign in with an API key or a token.");
            case "basic" or "bearer" when string.IsNullOrEmpty(credentials):
                return BoltSignIn.Refused("The sign-in carries no credentials.");
            case "basic":
                // An API key first; a password that is a token works too, for tools that only offer basic auth.
                return await TryAsync(AuthSchemes.ApiKey, credentials!) ?? await TryTokenAsync(credentials!) ?? Unknown();
            case "bearer":
                return await TryTokenAsync(credentials!) ?? Unknown();
            default:
                return BoltSignIn.Refused($"Auth scheme '{scheme}' is not supported; use basic (an API key as the password) or bearer (a token).");
        }
    }

    private static BoltSignIn Unknown() => BoltSignIn.Refused("The client is unauthorized due to authentication failure: the API key or token was not accepted.");

    private Task<BoltSignIn?> TryTokenAsync(string credentials) =>
        auth.Value.Jwt.Configured ? TryAsync(AuthSchemes.Bearer, credentials) : Task.FromResult<BoltSignIn?>(null);

    private async Task<BoltSignIn?> TryAsync(string scheme, string credentials)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (scheme == AuthSchemes.ApiKey) context.Request.Headers[AuthSchemes.ApiKeyHeader] = credentials;
        else context.Request.Headers.Authorization = "Bearer " + credentials;
        var result = await context.AuthenticateAsync(scheme);
        if (!result.Succeeded) return null;

        var caller = Callers.From(result.Principal);
        var name = caller.Name ?? "(unnamed)";
        if (caller.Has(Roles.Editor)) return BoltSignIn.Writer(name);
        // Reading is what /cypher allows: the reader role, or anyone while anonymous reads are on.
        if (caller.Has(Roles.Reader) || auth.Value.AnonymousRead) return BoltSignIn.Reader(name);
        return BoltSignIn.Refused($"'{name}' has no role that may read (reader, editor or admin).");
    }
}
