using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Graph.Api.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Graph.Api.Auth;

/// <summary>
/// Signs in a caller by the <c>X-Api-Key</c> header: the SHA-256 of the presented key is compared, in
/// fixed time, with every configured hash (all of them, so the time taken does not tell which key is
/// close). No header: no result (anonymous); an unknown key: a failure, never anonymous.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values)) return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count != 1 || string.IsNullOrEmpty(values[0])) return Task.FromResult(AuthenticateResult.Fail("Send one API key in the X-Api-Key header."));

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        ApiKeyOptions? match = null;
        foreach (var key in auth.Value.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(key.Hash))) match ??= key;
        }
        if (match is null) return Task.FromResult(AuthenticateResult.Fail("The API key is not known to this service."));

        var claims = new List<Claim> { new(AuthSchemes.NameClaim, match.Name) };
        claims.AddRange(match.Roles.Select(r => new Claim(AuthSchemes.RolesClaim, r)));
        var identity = new ClaimsIdentity(claims, AuthSchemes.ApiKey, AuthSchemes.NameClaim, AuthSchemes.RolesClaim);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiKey)));
    }
}
