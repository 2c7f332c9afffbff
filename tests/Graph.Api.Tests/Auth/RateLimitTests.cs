using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Auth;

// Locks down per-client rate limits: after the configured permits a client gets 429 with Retry-After and a
// structured body; other clients (another API key) keep their own budget; health probes are never limited.
public sealed class RateLimitTests : IDisposable
{
    private const int Permits = 3;
    private readonly ApiFactory _factory = new();

    public RateLimitTests()
    {
        _factory.Settings["Graph:RateLimit:PermitLimit"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["Graph:RateLimit:WindowSeconds"] = "3600";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_request_after_the_permits_is_429_with_retry_after_and_a_graphql_error()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++)
        {
            using var allowed = await client.SendAsync(Query().WithApiKey(TestSignIn.ReaderKey));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.SendAsync(Query().WithApiKey(TestSignIn.ReaderKey));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var error = (await refused.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(Permits, _factory.GraphQL.Requests.Count);
    }

    [Fact]
    public async Task Each_signed_in_client_and_anonymous_callers_have_their_own_budget()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++) (await client.SendAsync(Query().WithApiKey(TestSignIn.ReaderKey))).Dispose();

        using var editor = await client.SendAsync(Query().WithApiKey(TestSignIn.EditorKey));
        using var anonymous = await client.SendAsync(Query());

        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Other_doors_answer_429_in_their_own_shape_and_health_is_never_limited()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++) (await client.SendAsync(HttpExtensions.Get("/graphql/schema.graphql"))).Dispose();

        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1 AS ok"}"""));
        using var health = await client.SendAsync(HttpExtensions.Get("/healthz"));

        Assert.Equal(HttpStatusCode.TooManyRequests, cypher.StatusCode);
        Assert.Equal("RATE_LIMITED", (await cypher.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.NotEqual(HttpStatusCode.TooManyRequests, health.StatusCode);
    }

    [Fact]
    public async Task A_permit_limit_of_zero_turns_the_limiter_off()
    {
        _factory.Settings["Graph:RateLimit:PermitLimit"] = "0";
        using var client = _factory.CreateClient();

        for (var i = 0; i < Permits * 3; i++)
        {
            using var response = await client.SendAsync(Query());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static HttpRequestMessage Query() => HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""");
}
