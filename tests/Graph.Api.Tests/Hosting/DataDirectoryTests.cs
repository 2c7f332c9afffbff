using Graph.Api.Configuration;
using Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Api.Tests.Hosting;

// Locks down Graph:DataDirectory: unset means the user's data folder, empty or ":memory:" means in
// memory, and with a directory a GraphQL mutation survives a restart of the service.
public sealed class DataDirectoryTests
{
    [Fact]
    public void Unset_means_the_user_data_folder_and_memory_means_no_files()
    {
        Assert.Equal(GraphOptions.DefaultDataDirectory, new GraphOptions().ResolvedDataDirectory());
        Assert.EndsWith(Path.Combine("graph", "data"), GraphOptions.DefaultDataDirectory, StringComparison.Ordinal);
        Assert.Null(new GraphOptions { DataDirectory = "" }.ResolvedDataDirectory());
        Assert.Null(new GraphOptions { DataDirectory = GraphOptions.InMemory }.ResolvedDataDirectory());
        Assert.Equal("/srv/graph", new GraphOptions { DataDirectory = "/srv/graph" }.ResolvedDataDirectory());
    }

    [Fact]
    public async Task The_service_logs_the_data_directory_it_opened()
    {
        var directory = Directory.CreateTempSubdirectory("graph-logged-dir-");
        try
        {
            await using (var factory = new DataDirectoryApiFactory(directory.FullName))
            {
                using var client = factory.CreateClient();
                using var health = await client.GetAsync("/healthz");
                var opened = Assert.Single(factory.Logs.Entries, e => e.Message.StartsWith("Graph store Embedded opened", StringComparison.Ordinal));
                Assert.Contains("data directory " + directory.FullName, opened.Message, StringComparison.Ordinal);
                Assert.Contains("graph cypher --url", opened.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_mutation_survives_a_restart_of_the_service()
    {
        var directory = Directory.CreateTempSubdirectory("graph-api-data-");
        try
        {
            const string create = """{"query":"mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }"}""";
            await using (var first = new DurableFactory(directory.FullName))
            {
                using var client = first.CreateClient();
                using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", create));
                Assert.Contains("\"energy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            await using var second = new DurableFactory(directory.FullName);
            using var again = second.CreateClient();
            using var read = await again.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ topics(where: { id: { eq: \"energy\" } }) { name } }"}"""));
            Assert.Contains("\"Energy\"", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed class DurableFactory(string directory) : SeededApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Graph:Seed", "false");
            builder.UseSetting("Graph:DataDirectory", directory);
        }
    }
}
