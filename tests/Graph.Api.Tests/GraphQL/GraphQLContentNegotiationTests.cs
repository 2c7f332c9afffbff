using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.GraphQL;

// Locks down /graphql media-type negotiation per GraphQL over HTTP: graphql-response+json when the client names it, application/json for legacy clients (no Accept, */*), 406 otherwise.
public sealed class GraphQLContentNegotiationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """{"query":"{ hello }"}""";

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("application/graphql-response+json, */*;q=0.5", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, */*", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("application/json;charset=utf-8", "application/json")]
    [InlineData("text/plain, application/json;q=0.1", "application/json")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", Query, accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Unacceptable_accept_is_406(string accept)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", Query, accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("NOT_ACCEPTABLE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Browser_get_receives_the_graphiql_page_not_a_graphql_response()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.Get("/graphql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Contains("<base href=\"/graphiql/\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
