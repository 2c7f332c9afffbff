using System.Net;
using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.GraphQL;

// Locks down the status codes /graphql answers with, per GraphQL over HTTP, for good and bad requests of every kind.
public sealed class GraphQLStatusCodeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Executed_request_is_200_with_data()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (await response.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    // A legacy client (no Accept) gets application/json, so a request error is 200 as well.
    [InlineData(null, HttpStatusCode.OK)]
    public async Task Request_error_status_depends_on_media_type(string? accept, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ broken"}""", accept));

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(9, body.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_allowing_post()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { hello }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Mutation_over_post_is_allowed()
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"mutation { hello }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var client = factory.CreateClient();
        using var response = await client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", ErrorCode(await response.JsonAsync()));
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [1]}")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"{}\"}")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 7}")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": 1}")]
    [InlineData("[{\"query\": \"{ hello }\"}]")]
    [InlineData("\"{ hello }\"")]
    public async Task Malformed_body_is_400_with_a_graphql_error(string body)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", body, "application/json"));

        // Even with application/json (200 for well-formed requests), a malformed one is 400.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("BAD_REQUEST", ErrorCode(json));
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("errors")[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Deeply_nested_json_is_400_not_a_crash()
    {
        using var client = factory.CreateClient();
        var body = "{\"query\":\"{ hello }\",\"variables\":{\"a\":" + new string('[', 1000) + new string(']', 1000) + "}}";
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        using var client = factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { query = "{ hello }", variables = new { blob = new string('x', 10_000) } });
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", ErrorCode(await response.JsonAsync()));
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        using var client = factory.CreateClient();
        var huge = JsonSerializer.Serialize(new { query = "{ hello }", variables = new { blob = new string('x', 10_000) } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(huge))) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", ErrorCode(await response.JsonAsync()));
    }

    [Theory]
    [InlineData("variables=%7Bnot%20json")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("extensions=1")]
    public async Task Get_with_malformed_parameters_is_400(string parameters)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql?query=%7B%20hello%20%7D&" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Slow_execution_is_cut_at_the_timeout()
    {
        using var local = new ApiFactory();
        local.GraphQL.Override = async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        };
        using var client = local.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("TIMEOUT", ErrorCode(await response.JsonAsync()));
    }

    private static string? ErrorCode(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
