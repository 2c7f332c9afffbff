using System.Text.Json.Nodes;
using Graph.TestSupport;

namespace Graph.Core.Tests.Lint;

// Locks down docker-compose.yml: Neo4j 5 with health check and volumes, the API wired to it by configuration.
public sealed class DockerComposeTests(LinterFixture fixture) : IClassFixture<LinterFixture>
{
    private async Task<JsonNode> ComposeAsync() =>
        await fixture.Linter.ParseYamlAsync(await File.ReadAllTextAsync(RepositoryPaths.DockerCompose))
        ?? throw new InvalidOperationException("docker-compose.yml is empty");

    [Fact]
    public async Task Neo4jServiceHasImagePortsHealthCheckAndVolumes()
    {
        var neo4j = (await ComposeAsync())["services"]!["neo4j"]!;
        Assert.Equal("neo4j:5", neo4j["image"]!.GetValue<string>());
        var ports = neo4j["ports"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
        Assert.Contains("${GRAPH_BIND:-127.0.0.1}:7474:7474", ports);
        Assert.Contains("${GRAPH_BIND:-127.0.0.1}:7687:7687", ports);
        var test = string.Join(' ', neo4j["healthcheck"]!["test"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("7474", test, StringComparison.Ordinal);
        Assert.Contains(neo4j["volumes"]!.AsArray(), v => v!.GetValue<string>().EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains("NEO4J_AUTH", neo4j["environment"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task ApiServiceIsBuiltWiredAndWaitsForAHealthyNeo4j()
    {
        var compose = await ComposeAsync();
        var api = compose["services"]!["api"]!;
        Assert.Equal("Dockerfile", api["build"]!["dockerfile"]!.GetValue<string>());
        Assert.True(File.Exists(RepositoryPaths.Dockerfile));
        Assert.Equal("service_healthy", api["depends_on"]!["neo4j"]!["condition"]!.GetValue<string>());
        Assert.Contains("${GRAPH_BIND:-127.0.0.1}:8080:8080", api["ports"]!.AsArray().Select(p => p!.GetValue<string>()));
        var env = api["environment"]!.AsObject();
        Assert.Equal("Neo4j", env["Graph__Store"]!.GetValue<string>());
        Assert.Equal("http://neo4j:7474", env["Graph__Neo4j__Uri"]!.GetValue<string>());
        Assert.Equal("true", env["Graph__Seed"]!.GetValue<string>());
        Assert.True(env.ContainsKey("Graph__Neo4j__User") && env.ContainsKey("Graph__Neo4j__Password"));
        Assert.True(compose["volumes"]!.AsObject().ContainsKey("neo4j-data"));
    }
}
