using System.Net;
using System.Text;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Auth;

// Locks down how credentials are read: bad ones (expired, foreign, tampered, unknown) are 401 on every door even
// where anonymous callers are welcome and never reach the GraphQL layer; good ones become the caller the GraphQL
// layer sees (name from sub or the key's name, roles from a string or an array); broken settings stop the start.
public sealed class CredentialTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string, string> BadCredentials() => new()
    {
        { "Authorization", "Bearer " + TestSignIn.Token("alice", new[] { "editor" }, expiresIn: TimeSpan.FromMinutes(-10)), "expired" },
        { "Authorization", "Bearer " + TestSignIn.Token("alice", new[] { "editor" }, audience: "another-service"), "another audience" },
        { "Authorization", "Bearer " + TestSignIn.Token("alice", new[] { "editor" }, issuer: "https://elsewhere.test"), "issuer" },
        { "Authorization", "Bearer " + Tampered(TestSignIn.Token("alice", new[] { "reader" })), "signature" },
        { "Authorization", "Bearer " + TestSignIn.Token("alice", new[] { "editor" }, signingKey: "another-hmac-signing-key-of-at-least-32-bytes!"), "signature" },
        { "Authorization", "Bearer not-a-token", "not accepted" },
        { "Authorization", "Basic YWxpY2U6c2VjcmV0", "must be 'Bearer" },
        { "X-Api-Key", "an-api-key-nobody-configured", "not known" },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Bad_credentials_are_refused_on_a_door_anonymous_callers_may_use(string header, string value, string reason)
    {
        using var client = _factory.CreateClient();
        var request = HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""", "application/json");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(_factory.GraphQL.Requests);
    }

    [Theory]
    [InlineData("/cypher")]
    [InlineData("/graphql/schema.graphql")]
    public async Task An_unknown_api_key_is_refused_on_every_door(string path)
    {
        using var client = _factory.CreateClient();
        var request = path == "/cypher" ? HttpExtensions.PostJson(path, """{"statement":"RETURN 1 AS ok"}""") : HttpExtensions.Get(path);

        using var response = await client.SendAsync(request.WithApiKey("not-a-configured-key"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_factory.Store.Calls);
    }

    [Fact]
    public async Task Both_an_api_key_and_a_token_are_refused_as_ambiguous()
    {
        using var client = _factory.CreateClient();
        var request = HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""").WithApiKey(TestSignIn.EditorKey).WithBearer(TestSignIn.Token("bob", "editor"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not both", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> GoodCredentials() => new()
    {
        { "Authorization", "Bearer " + TestSignIn.Token("alice", "editor"), ["editor"] },
        { "Authorization", "Bearer " + TestSignIn.Token("alice", new[] { "reader", "admin" }), ["admin", "reader"] },
        { "Authorization", "Bearer " + TestSignIn.Token("alice", null), [] },
        { "X-Api-Key", TestSignIn.EditorKey, ["editor"] },
    };

    [Theory]
    [MemberData(nameof(GoodCredentials))]
    public async Task The_graphql_layer_sees_who_signed_in_and_their_roles(string header, string value, string[] roles)
    {
        using var client = _factory.CreateClient();
        var request = HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = Assert.Single(_factory.GraphQL.Requests).Caller!;
        Assert.Equal(header == "X-Api-Key" ? "editor-service" : "alice", caller.Name);
        Assert.Equal(roles, caller.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Anonymous_requests_reach_the_graphql_layer_as_anonymous()
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Assert.Single(_factory.GraphQL.Requests).Caller!.IsAuthenticated);
    }

    [Fact]
    public async Task Api_key_roles_may_be_comma_separated()
    {
        _factory.Settings["Graph:Auth:ApiKeys:0:Roles"] = "reader, editor";
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""").WithApiKey(TestSignIn.ReaderKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["editor", "reader"], Assert.Single(_factory.GraphQL.Requests).Caller!.Roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Graph:Auth:Jwt:SigningKey", "too-short", "at least 32 bytes")]
    [InlineData("Graph:Auth:ApiKeys:0:Hash", "abc123", "64 hex digits")]
    [InlineData("Graph:Auth:ApiKeys:0:Roles", "writer", "'writer'")]
    [InlineData("Graph:Auth:ApiKeys:1:Name", "reader-script", "more than once")]
    public void Broken_sign_in_settings_are_refused_naming_the_setting(string key, string value, string expected)
    {
        var settings = TestSignIn.Settings();
        settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => AccessSettings.Read<Graph.Api.Configuration.AuthOptions>(settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // Rewrites the payload (reader → admin) and keeps the original signature.
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])).Replace("reader", "admin", StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
