using Graph.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>
/// The <c>WWW-Authenticate</c> header of a 401 (RFC 9110 requires one): the ways this service accepts
/// credentials, or, when none is configured, the API key header that would enable writes.
/// </summary>
internal sealed class AuthChallenge(IOptions<AuthOptions> options)
{
    private const string Realm = "realm=\"graph\"";

    public string Value(string? bearerError = null)
    {
        var auth = options.Value;
        var challenges = new List<string>();
        if (auth.Jwt.Configured)
        {
            challenges.Add(bearerError is null
                ? $"Bearer {Realm}"
                : $"Bearer {Realm}, error=\"invalid_token\", error_description=\"{bearerError.Replace("\"", "'", StringComparison.Ordinal)}\"");
        }
        if (auth.ApiKeys.Count > 0 || !auth.Jwt.Configured) challenges.Add($"ApiKey {Realm}, header=\"{AuthSchemes.ApiKeyHeader}\"");
        return string.Join(", ", challenges);
    }

    public Task RefuseAsync(HttpContext context, string message, string? bearerError = null)
    {
        context.Response.Headers.WWWAuthenticate = Value(bearerError);
        return HostRefusal.WriteAsync(context, StatusCodes.Status401Unauthorized, HostRefusal.Unauthenticated, message);
    }
}
