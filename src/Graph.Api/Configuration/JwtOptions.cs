namespace Graph.Api.Configuration;

/// <summary>
/// JWT bearer tokens, bound from <c>Graph:Auth:Jwt</c>: an OpenID Connect issuer (<see cref="Authority"/>,
/// whose published keys and issuer are used) or a shared HMAC key (<see cref="SigningKey"/>, for
/// development and tests). Roles come from the token's <c>roles</c> claim.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The OpenID Connect issuer URL; its discovery document supplies the signing keys and issuer.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for; not checked when unset.</summary>
    public string? Audience { get; set; }

    /// <summary>The issuer tokens must name; with <see cref="Authority"/> the discovery document's issuer is used when unset.</summary>
    public string? Issuer { get; set; }

    /// <summary>An HMAC-SHA256 key (at least 32 bytes of UTF-8) for tokens signed with a shared secret.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Allow an Authority over plain http (a local issuer in development).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Configured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrEmpty(SigningKey);
}
