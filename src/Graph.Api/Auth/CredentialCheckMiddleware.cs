using Graph.Api.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Api.Auth;

/// <summary>
/// Credentials that were sent but not accepted (an expired, tampered or foreign token, an unknown API key,
/// a bearer token where none is configured) end the request with 401 on every endpoint: a caller who
/// meant to sign in is never quietly served as anonymous.
/// </summary>
internal sealed class CredentialCheckMiddleware(RequestDelegate next, AuthChallenge challenge, IOptions<AuthOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var bearer = headers.Authorization.Count > 0;
        var apiKey = headers.ContainsKey(AuthSchemes.ApiKeyHeader);
        if ((!bearer && !apiKey) || context.User.Identity?.IsAuthenticated == true && !(bearer && apiKey))
        {
            await next(context);
            return;
        }

        if (bearer && apiKey)
        {
            await challenge.RefuseAsync(context, "Send one credential: either an Authorization header or an X-Api-Key header, not both.");
            return;
        }
        if (apiKey)
        {
            var failure = (await context.AuthenticateAsync(AuthSchemes.ApiKey)).Failure?.Message ?? "The API key was not accepted.";
            await challenge.RefuseAsync(context, failure);
            return;
        }
        if (!options.Value.Jwt.Configured)
        {
            await challenge.RefuseAsync(context,
                "This service accepts no bearer tokens (Graph:Auth:Jwt is not configured); sign in with an API key in the X-Api-Key header.");
            return;
        }
        if (!headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await challenge.RefuseAsync(context, "The Authorization header must be 'Bearer <token>'.");
            return;
        }
        var reason = Explain((await context.AuthenticateAsync(AuthSchemes.Bearer)).Failure);
        await challenge.RefuseAsync(context, $"The bearer token was not accepted: {reason}.", reason);
    }

    // The library's messages carry IDX numbers and hide details; the client gets the reason in words.
    private static string Explain(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenNotYetValidException => "it is not valid yet",
        SecurityTokenInvalidAudienceException => "it was issued for another audience",
        SecurityTokenInvalidIssuerException => "its issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify",
        SecurityTokenNoExpirationException => "it has no expiry time",
        SecurityTokenInvalidAlgorithmException => "its signing algorithm is not accepted",
        SecurityTokenMalformedException => "it is not a well-formed JWT",
        _ => "it is not a valid token",
    };
}
