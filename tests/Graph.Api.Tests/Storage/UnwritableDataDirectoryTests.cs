using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Storage;

// Locks down a data directory the service cannot write: it keeps serving, /healthz says Unhealthy and
// why, and GraphQL and /cypher answer 503 with the store-unavailable error instead of crashing.
public sealed class UnwritableDataDirectoryTests : IDisposable
{
    // A path under a regular file cannot be created, even by root (for whom chmod 0500 stops nothing).
    private readonly string _file = Path.Combine(Path.GetTempPath(), "graph-not-a-directory-" + Guid.NewGuid().ToString("N"));

    public UnwritableDataDirectoryTests() => File.WriteAllText(_file, "a file, not a directory");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_service_keeps_serving_and_says_why_the_store_is_unavailable()
    {
        using var factory = new DataDirectoryApiFactory(Path.Combine(_file, "data"), seed: true);
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");
        var store = (await health.JsonAsync()).GetProperty("checks").GetProperty("store");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("not writable", store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(_file, store.GetProperty("description").GetString(), StringComparison.Ordinal);

        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1"}"""));
        var cypherError = (await cypher.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cypher.StatusCode);
        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", cypherError.GetProperty("code").GetString());
        Assert.Contains("not writable", cypherError.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var graphql = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ topics { name } }"}"""));
        var graphqlError = (await graphql.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graphql.StatusCode);
        Assert.Contains("not writable", graphqlError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
