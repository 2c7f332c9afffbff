namespace Graph.Api.Configuration;

/// <summary>
/// Sign-in, bound from <c>Graph:Auth</c>: JWT bearer tokens, API keys, and whether anonymous callers may
/// read. With neither tokens nor keys configured nobody can sign in, so the service is read-only.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Graph:Auth";

    /// <summary>Anonymous callers may run GraphQL queries and read-only Cypher.</summary>
    public bool AnonymousRead { get; set; } = true;

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Configured API keys (read by <see cref="ApiKeyOptions.ReadAll"/>, which also accepts comma-separated roles).</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public bool SignInConfigured => Jwt.Configured || ApiKeys.Count > 0;
}
