using System.Net;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Tests.Hosting;

// Locks down /healthz: 200 when the store answers RETURN 1, 503 with the reason when it does not.
public sealed class HealthTests
{
    [Fact]
    public async Task Healthy_when_the_store_answers_return_1()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Contains(factory.Store.Calls, c => c.Statement == "RETURN 1 AS ok" && c.Mode == AccessMode.Read);
    }

    [Fact]
    public async Task Unhealthy_503_when_the_store_fails()
    {
        using var factory = new ApiFactory();
        factory.Store.Answer("RETURN 1 AS ok", (_, _) => throw new GraphException(ErrorCodes.ServiceUnavailable, "connection refused"));
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var store = (await response.JsonAsync()).GetProperty("checks").GetProperty("store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("connection refused", store.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_redirects_to_graphql()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }
}
