using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Graph.Api.Auth;

/// <summary>Names of the authentication schemes and authorization policies, and the credential headers.</summary>
internal static class AuthSchemes
{
    /// <summary>The default scheme: forwards to <see cref="Bearer"/> or <see cref="ApiKey"/> by the header the request carries.</summary>
    public const string Credentials = "Credentials";

    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Claim types as the service reads them (inbound JWT claims are not renamed).</summary>
    public const string RolesClaim = "roles";

    public const string SubjectClaim = "sub";

    public const string NameClaim = "name";

    /// <summary>Policy: GraphQL queries and /cypher (anonymous callers too when Graph:Auth:AnonymousRead).</summary>
    public const string ReadPolicy = "read";

    /// <summary>Policy: schema and maintenance endpoints.</summary>
    public const string AdminPolicy = "admin";
}
