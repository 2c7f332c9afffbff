using System.Text;
using Graph.Api.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Api.Auth;

/// <summary>
/// Token validation from <c>Graph:Auth:Jwt</c>: signature (the issuer's published keys, or the HMAC key),
/// lifetime, audience when configured, issuer when configured (or published by the Authority). Claims
/// keep their JWT names, so roles are read from <c>roles</c> whether it is a string or an array.
/// </summary>
internal sealed class JwtBearerSetup(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == AuthSchemes.Bearer) Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        var jwt = auth.Value.Jwt;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(jwt.Authority)) options.Authority = jwt.Authority;
        if (!string.IsNullOrWhiteSpace(jwt.Audience)) options.Audience = jwt.Audience;

        var parameters = options.TokenValidationParameters;
        parameters.NameClaimType = AuthSchemes.SubjectClaim;
        parameters.RoleClaimType = AuthSchemes.RolesClaim;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.ValidateIssuerSigningKey = true;
        // Expired by one minute is expired: a small skew for clocks, not the library's five minutes.
        parameters.ClockSkew = TimeSpan.FromMinutes(1);
        parameters.ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience);
        parameters.ValidAudience = jwt.Audience;
        // With an Authority the discovery document's issuer is checked; with only a key, the configured one.
        parameters.ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer) || !string.IsNullOrWhiteSpace(jwt.Authority);
        if (!string.IsNullOrWhiteSpace(jwt.Issuer)) parameters.ValidIssuer = jwt.Issuer;
        if (!string.IsNullOrEmpty(jwt.SigningKey))
        {
            parameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey));
            parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512];
        }
    }
}
