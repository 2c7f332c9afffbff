using System.Net;
using Graph.Api.Tests.Support;
using Graph.Cypher;
using Graph.Cypher.Storage.Durability;
using Graph.Cypher.Tests.Durability;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Storage;

// Locks down what the service says about its data directory: a full disk turns /healthz Degraded with
// the reason until a write succeeds again, and a dropped damaged log record is a warning in the log.
public sealed class DataDirectoryWarningTests : IDisposable
{
    private const string CreateTopic = """{"query":"mutation { createTopics(input: [{ id: \"t\", name: \"T\" }]) { topics { id } } }"}""";
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-api-disk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_full_disk_makes_health_degraded_with_the_reason_and_the_service_recovers_when_space_returns()
    {
        FaultyLogFile? log = null;
        await using var factory = new DataDirectoryApiFactory(_dir)
        {
            Store = _ => new EmbeddedGraphDatabase(new EmbeddedGraphOptions
            {
                DataDirectory = _dir,
                Durability = new DurabilityOptions { LogFiles = file => log = new FaultyLogFile(file) },
            }),
        };
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await StoreHealthAsync(client));

        log!.DiskFull = true;
        using (var refused = await client.SendAsync(HttpExtensions.PostJson("/graphql", CreateTopic)))
        {
            Assert.Contains("no space left on device", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var health = await client.GetAsync("/healthz"))
        {
            var store = (await health.JsonAsync()).GetProperty("checks").GetProperty("store");
            Assert.Equal("Degraded", store.GetProperty("status").GetString());
            Assert.Contains("no space left on device", store.GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        log.DiskFull = false;
        using (var accepted = await client.SendAsync(HttpExtensions.PostJson("/graphql", CreateTopic)))
        {
            Assert.Contains("\"topics\":[{\"id\":\"t\"}]", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal("Healthy", await StoreHealthAsync(client));
    }

    [Fact]
    public async Task A_dropped_damaged_last_log_record_is_a_warning_in_the_service_log()
    {
        using (var store = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = _dir }))
        {
            await store.RunAsync("CREATE (:Kept)");
            await store.RunAsync("CREATE (:Torn {text: 'the last record, cut short'})");
        }
        var segment = Directory.GetFiles(_dir, "wal-*.log").Single();
        var length = new FileInfo(segment).Length;
        using (var file = File.OpenWrite(segment)) file.SetLength(length - 5);

        await using var factory = new DataDirectoryApiFactory(_dir);
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (n) RETURN labels(n)[0] AS label"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.JsonAsync()).GetProperty("rows").EnumerateArray());
        var warning = Assert.Single(factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Dropped a damaged", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(segment), warning.Message, StringComparison.Ordinal);
        Assert.Equal(segment, warning.Fields["File"]);
    }

    private static async Task<string?> StoreHealthAsync(HttpClient client)
    {
        using var health = await client.GetAsync("/healthz");
        return (await health.JsonAsync()).GetProperty("checks").GetProperty("store").GetProperty("status").GetString();
    }
}
