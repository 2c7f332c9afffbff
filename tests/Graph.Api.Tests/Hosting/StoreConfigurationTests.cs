using System.Net;
using Microsoft.Extensions.Configuration;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Hosting;

// Locks down how Graph:Store is read: an unknown store stops start-up with the setting's name, a Neo4j store without credentials is reported clearly.
public sealed class StoreConfigurationTests
{
    [Fact]
    public void Unknown_store_kind_is_refused_naming_the_setting()
    {
        // Checked on the registration itself: a failing host start can surface as a disposal race in
        // WebApplicationFactory, which would make the message depend on timing.
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Store"] = "Cassandra" })
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Graph.Api.Store.StoreServiceCollectionExtensions.AddGraphStore(services, configuration);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var error = Assert.ThrowsAny<Exception>(() =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.Extensions.Options.IOptions<Graph.Api.Configuration.GraphOptions>>(provider).Value);
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
