using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The sign-in the HTTP tests configure: one API key per role (and one with no role), and an HMAC key,
/// audience and issuer for JWTs minted here. The one place tests get credentials from.
/// </summary>
internal static class TestSignIn
{
    public const string ReaderKey = "test-reader-key-0123456789abcdefghijklmnopqrstuv";
    public const string EditorKey = "test-editor-key-0123456789abcdefghijklmnopqrstuv";
    public const string AdminKey = "test-admin-key-0123456789abcdefghijklmnopqrstuvw";
    public const string NoRoleKey = "test-norole-key-0123456789abcdefghijklmnopqrstuv";

    public const string SigningKey = "graph-tests-hmac-signing-key-of-at-least-32-bytes";
    public const string Audience = "graph-tests";
    public const string Issuer = "https://issuer.graph.test";

    public const string ApiKeyHeader = "X-Api-Key";

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The settings that turn sign-in on; <paramref name="anonymousRead"/> is Graph:Auth:AnonymousRead.</summary>
    public static Dictionary<string, string?> Settings(bool anonymousRead = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Auth:AnonymousRead"] = anonymousRead ? "true" : "false",
            ["Graph:Auth:Jwt:SigningKey"] = SigningKey,
            ["Graph:Auth:Jwt:Audience"] = Audience,
            ["Graph:Auth:Jwt:Issuer"] = Issuer,
        };
        (string Name, string Key, string Roles)[] keys =
        [
            ("reader-script", ReaderKey, "reader"),
            ("editor-service", EditorKey, "editor"),
            ("admin-ops", AdminKey, "admin"),
            ("no-role", NoRoleKey, ""),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Graph:Auth:ApiKeys:{i}:Name"] = keys[i].Name;
            settings[$"Graph:Auth:ApiKeys:{i}:Hash"] = HashOf(keys[i].Key);
            settings[$"Graph:Auth:ApiKeys:{i}:Roles"] = keys[i].Roles;
        }
        return settings;
    }

    public static void Configure(IWebHostBuilder builder, bool anonymousRead = true)
    {
        foreach (var (key, value) in Settings(anonymousRead)) builder.UseSetting(key, value);
    }

    /// <summary>A token for <paramref name="subject"/> with the given roles; the other arguments spoil it for the refusal tests.</summary>
    public static string Token(
        string subject, object? roles, TimeSpan? expiresIn = null, string audience = Audience, string issuer = Issuer, string signingKey = SigningKey)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (roles is not null) claims["roles"] = roles;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Audience = audience,
            Issuer = issuer,
            // An expired token must also have been issued before it expired.
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static HttpRequestMessage WithApiKey(this HttpRequestMessage request, string key)
    {
        request.Headers.TryAddWithoutValidation(ApiKeyHeader, key);
        return request;
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return request;
    }
}
