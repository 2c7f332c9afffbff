using System.Net;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Graph.Cypher;

namespace Graph.Api.Tests.Storage;

// Locks down start-up over a data directory that holds (or held) a graph: a deleted log segment makes
// the store unavailable with the missing file named, never an empty store that gets seeded, and seeding
// never runs over data it did not write.
public sealed class BrokenDataDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("graph-api-broken-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_deleted_log_segment_makes_the_store_unavailable_and_nothing_is_seeded_over_it()
    {
        using (var store = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = _dir }))
        {
            await store.RunAsync("CREATE (:Topic {id: 'mine', name: 'Mine'})");
        }
        var segment = Directory.GetFiles(_dir, "wal-*.log").Single();
        File.Delete(segment);

        await using var factory = new DataDirectoryApiFactory(_dir, seed: true);
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");
        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (n) RETURN count(n)"}"""));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var checks = (await health.JsonAsync()).GetProperty("checks");
        Assert.Contains(Path.GetFileName(segment) + " is missing", checks.GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("graph recover", checks.GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Not seeded", checks.GetProperty("seed").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cypher.StatusCode);
        Assert.Contains(Path.GetFileName(segment) + " is missing", await cypher.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "wal-*.log")); // nothing was written over the directory
    }

    [Fact]
    public async Task Seeding_never_runs_over_data_it_did_not_write()
    {
        using (var store = new EmbeddedGraphDatabase(new EmbeddedGraphOptions { DataDirectory = _dir }))
        {
            await store.RunAsync("CREATE (:Imported {id: 'a'}), (:Imported {id: 'b'})");
        }

        await using var factory = new DataDirectoryApiFactory(_dir, seed: true);
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");
        using var cypher = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (n) RETURN count(n) AS nodes"}"""));

        var seed = (await health.JsonAsync()).GetProperty("checks").GetProperty("seed");
        Assert.Equal("Healthy", seed.GetProperty("status").GetString());
        Assert.Contains("already holds 2 node(s)", seed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await cypher.JsonAsync()).GetProperty("rows")[0][0].GetInt32());
    }
}
