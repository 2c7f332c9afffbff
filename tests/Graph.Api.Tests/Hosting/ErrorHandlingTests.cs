using System.Net;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;

namespace Graph.Api.Tests.Hosting;

// Locks down the global exception handling: unexpected failures become structured errors without stack traces or exception text.
public sealed class ErrorHandlingTests
{
    private const string Secret = "secret internal detail";

    [Fact]
    public async Task Crash_in_the_graphql_layer_is_a_500_graphql_error_without_details()
    {
        using var factory = new ApiFactory();
        factory.GraphQL.Override = (_, _) => throw new InvalidOperationException(Secret);
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Equal("INTERNAL_SERVER_ERROR", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Store_error_escaping_the_graphql_layer_keeps_its_code_and_status()
    {
        using var factory = new ApiFactory();
        factory.GraphQL.Override = (_, _) => throw new GraphException(ErrorCodes.ServiceUnavailable, "Neo4j is down");
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ErrorCodes.ServiceUnavailable, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Crash_in_the_store_under_cypher_is_a_500_problem_without_details()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("RETURN boom", (_, _) => throw new InvalidOperationException(Secret));
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN boom"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_is_404()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
