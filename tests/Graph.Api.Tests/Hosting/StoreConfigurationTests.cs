using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Hosting;

// Locks down how Graph:Store is read: an unknown store stops start-up with the setting's name, a Neo4j store without credentials is reported clearly.
public sealed class StoreConfigurationTests
{
    [Fact]
    public void Unknown_store_kind_fails_start_up_naming_the_setting()
    {
        using var factory = new ApiFactory { UseFakeStore = false };
        factory.Settings["Graph:Store"] = "Cassandra";

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Graph:Store", AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_store_without_credentials_is_unhealthy_with_a_clear_reason()
    {
        using var factory = new ApiFactory { UseFakeStore = false };
        factory.Settings["Graph:Store"] = "Neo4j";
        factory.Settings["Graph:Neo4j:Password"] = "";
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");
        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"RETURN 1"}"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Graph:Neo4j:Password", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cypher.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Category.EndsWith("StoreStartup", StringComparison.Ordinal) && e.Message.Contains("Graph:Neo4j:Password", StringComparison.Ordinal));
    }

    private static string AllMessages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException) messages.Add(e.Message);
        if (error is AggregateException aggregate) messages.AddRange(aggregate.InnerExceptions.Select(e => e.Message));
        return string.Join(" | ", messages);
    }
}
