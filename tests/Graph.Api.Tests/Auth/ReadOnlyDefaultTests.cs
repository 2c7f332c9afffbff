using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Auth;

// Locks down the default: with no sign-in configured the service is read-only. Mutations are refused with
// UNAUTHENTICATED and a message saying how to enable writes, the graph stays as it was, reads still work.
public sealed class ReadOnlyDefaultTests(ReadOnlyDefaultTests.NoSignInFactory factory) : IClassFixture<ReadOnlyDefaultTests.NoSignInFactory>
{
    public sealed class NoSignInFactory : SeededApiFactory
    {
        public NoSignInFactory() => SignIn = false;
    }

    private const string DeleteStates = """{"query":"mutation { deleteStates { nodesDeleted } }"}""";

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.Unauthorized)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Mutations_are_refused_and_say_how_to_enable_writes(string accept, HttpStatusCode status)
    {
        using var client = factory.CreateAnonymousClient();
        var before = await GraphCounts.ReadAsync(factory);

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", DeleteStates, accept));

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.Unauthorized) Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        var error = body.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Graph:Auth:ApiKeys", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await GraphCounts.ReadAsync(factory));
        Assert.True(before.Nodes > 0);
    }

    [Fact]
    public async Task Reads_still_work()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ states { name } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kazakhstan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_token_is_refused_because_none_are_accepted()
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", DeleteStates).WithBearer(TestSignIn.Token("mallory", "admin")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("accepts no bearer tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
