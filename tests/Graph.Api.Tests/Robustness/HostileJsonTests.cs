using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;

namespace Graph.Api.Tests.Robustness;

// Locks down hostile request text on /graphql and /cypher: lone surrogates (JSON escapes, raw bytes, URL escapes) and duplicate JSON keys are a 400 naming the problem, never a 500 or a "last one wins".
public sealed class HostileJsonTests
{
    public static TheoryData<string, string> LoneSurrogateEscapes => new()
    {
        { "/graphql", """{"query":"{ hello(name: \"\ud800\") }"}""" },
        { "/graphql", """{"query":"{ hello }","variables":{"name":"\udc00"}}""" },
        { "/graphql", """{"query":"{ hello }","variables":{"nested":[{"deep":"a\ud800b"}]}}""" },
        { "/graphql", """{"query":"{ hello }","variables":{"\ud800":"key"}}""" },
        { "/graphql", """{"query":"{ hello }","operationName":"\ud83d"}""" },
        { "/cypher", """{"statement":"RETURN '\ud800' AS s"}""" },
        { "/cypher", """{"statement":"RETURN $s AS s","parameters":{"s":"\udfff"}}""" },
        { "/cypher", """{"statement":"RETURN $s AS s","parameters":{"s":["ok",{"k":"\ud800"}]}}""" },
        { "/cypher", """{"statement":"RETURN $s AS s","parameters":{"\ud800":1}}""" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateEscapes))]
    public async Task Lone_surrogate_escape_is_400_and_reaches_nothing(string path, string body)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson(path, body));

        await AssertRefused(factory, path, response, "surrogate");
    }

    // § marks where the raw bytes go: ED A0 80 would encode U+D800, which UTF-8 forbids; FF and a lone C3 never decode.
    [Theory]
    [InlineData("/graphql", """{"query":"{ hello(name: \"§\") }"}""", "EDA080")]
    [InlineData("/graphql", """{"query":"{ hello }","variables":{"v":"§"}}""", "FF")]
    [InlineData("/cypher", """{"statement":"RETURN '§' AS s"}""", "EDA080")]
    [InlineData("/cypher", """{"statement":"RETURN $s AS s","parameters":{"s":"§"}}""", "C3")]
    public async Task Raw_invalid_utf8_is_400_and_reaches_nothing(string path, string body, string rawHex)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var parts = body.Split('§');
        byte[] bytes = [.. Encoding.UTF8.GetBytes(parts[0]), .. Convert.FromHexString(rawHex), .. Encoding.UTF8.GetBytes(parts[1])];
        using var response = await client.SendAsync(PostBytes(path, bytes));

        await AssertRefused(factory, path, response, "UTF-8");
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello(name%3A%20%22%ED%A0%80%22)%20%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7B%22v%22%3A%22%ED%A0%80%22%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7B%22v%22%3A%22%5Cud800%22%7D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&operationName=%ED%A0%80")]
    public async Task Graphql_get_with_an_encoded_lone_surrogate_is_400_bad_request(string url)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);

        await AssertGraphQLBadRequest(response, null);
        Assert.Empty(factory.GraphQL.Requests);
    }

    public static TheoryData<string, string, string> DuplicateKeys => new()
    {
        { "/graphql", """{"query":"{ hello }","query":"mutation { evil }"}""", "query" },
        { "/graphql", """{"query":"{ hello }","variables":{"id":"a","id":"b"}}""", "id" },
        { "/graphql", """{"query":"{ hello }","variables":{"where":{"and":[{"name":"x","name":"y"}]}}}""", "name" },
        { "/graphql", """{"query":"{ hello }","variables":{"v":1},"variables":{"v":2}}""", "variables" },
        { "/cypher", """{"statement":"RETURN 1 AS ok","statement":"MATCH (n) DETACH DELETE n"}""", "statement" },
        { "/cypher", """{"statement":"RETURN $id AS id","parameters":{"id":"a","id":"b"}}""", "id" },
        { "/cypher", """{"statement":"RETURN $m AS m","parameters":{"m":{"k":1,"k":2}}}""", "k" },
        { "/cypher", """{"statement":"RETURN $m AS m","parameters":{"m":[[{"deep":1,"deep":2}]]}}""", "deep" },
    };

    [Theory]
    [MemberData(nameof(DuplicateKeys))]
    public async Task Duplicate_json_key_is_400_naming_the_key(string path, string body, string key)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson(path, body));

        await AssertRefused(factory, path, response, $"'{key}'");
    }

    [Fact]
    public async Task Graphql_get_variables_with_a_duplicate_key_is_400_naming_the_key()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql?query=%7B%20hello%20%7D&variables=" + Uri.EscapeDataString("""{"id":1,"id":2}"""));

        await AssertGraphQLBadRequest(response, "'id'");
        Assert.Empty(factory.GraphQL.Requests);
    }

    [Fact]
    public async Task Equal_keys_in_different_objects_and_escaped_surrogate_pairs_are_accepted()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("RETURN $a AS a", FakeGraphDatabase.Result(["a"], ["ok"]));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher",
            """{"statement":"RETURN $a AS a","parameters":{"a":{"k":1,"m":{"k":2}},"b":[{"k":1},{"k":2}],"emoji":"\ud83d\ude00"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(factory.Store.Calls);
        Assert.Equal("\U0001F600", call.Parameters!["emoji"]);
    }

    private static async Task AssertRefused(ApiFactory factory, string path, HttpResponseMessage response, string messagePart)
    {
        if (path == "/graphql")
        {
            await AssertGraphQLBadRequest(response, messagePart);
            Assert.Empty(factory.GraphQL.Requests);
        }
        else
        {
            await AssertCypherInvalid(response, messagePart);
            Assert.Empty(factory.Store.Calls);
        }
    }

    private static async Task AssertGraphQLBadRequest(HttpResponseMessage response, string? messagePart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        if (messagePart is not null) Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertCypherInvalid(HttpResponseMessage response, string messagePart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(ErrorCodes.InvalidRequest, error.GetProperty("code").GetString());
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage PostBytes(string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return request;
    }
}
