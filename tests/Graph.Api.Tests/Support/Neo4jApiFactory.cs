using Graph.Api.Store;
using Graph.Core.Store;
using Graph.Neo4j;
using Graph.TestSupport.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The host in Neo4j mode against a fake Neo4j Query API and a clock the test moves: start-up, readiness
/// and outages with no server and no sleeping. Seeds from a two-script cypher folder of its own.
/// </summary>
public sealed class Neo4jApiFactory : WebApplicationFactory<Program>
{
    public const string SchemaStatement = "CREATE CONSTRAINT state_id IF NOT EXISTS FOR (s:State) REQUIRE s.id IS UNIQUE";
    public const string SeedStatement = "MERGE (s:State {id: 'kz'}) SET s.name = 'Kazakhstan'";

    private readonly string _cypher = Directory.CreateTempSubdirectory("graph-neo4j-seed-").FullName;

    public Neo4jApiFactory()
    {
        File.WriteAllText(Path.Combine(_cypher, "schema.cypher"), SchemaStatement + ";\n");
        Directory.CreateDirectory(Path.Combine(_cypher, "seed"));
        File.WriteAllText(Path.Combine(_cypher, "seed", "01-states.cypher"), SeedStatement + ";\n");
    }

    public FakeNeo4j Neo4j { get; } = new();

    public ManualClock Clock { get; } = new();

    internal StoreReadiness Readiness => Services.GetRequiredService<StoreReadiness>();

    internal Dictionary<string, string?> Settings { get; } = new()
    {
        ["Graph:Store"] = "Neo4j",
        ["Graph:Seed"] = "true",
        ["Graph:Neo4j:Uri"] = FakeNeo4j.Address.ToString(),
        ["Graph:Neo4j:Password"] = "test-password",
        // Each probe is one request, so every failure reaches the start-up loop at once.
        ["Graph:Neo4j:Retry:MaxAttempts"] = "1",
        ["Graph:Neo4j:Readiness:InitialBackoff"] = "00:00:01",
        ["Graph:Neo4j:Readiness:MaxBackoff"] = "00:00:04",
        ["Graph:Neo4j:Readiness:ProbeInterval"] = "00:00:10",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:CypherDirectory", _cypher);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton<IGraphDatabase>(sp => new Neo4jGraphDatabase(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value, Neo4j.Client(), Clock));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Neo4j.Dispose();
        if (Directory.Exists(_cypher)) Directory.Delete(_cypher, recursive: true);
    }
}
