using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Graph.Neo4j.Tests.Integration;

/// <summary>
/// A real Neo4j 5 in a throwaway container (Testcontainers core, generic image). When no Docker engine
/// answers, <see cref="Available"/> is false and <see cref="Reason"/> says why, so tests skip honestly.
/// </summary>
public sealed class Neo4jContainerFixture : IAsyncLifetime
{
    public const string Password = "graph-test-password";
    private IContainer? _container;

    public bool Available { get; private set; }

    public string Reason { get; private set; } = "";

    public Neo4jOptions Options { get; private set; } = new();

    public async Task InitializeAsync()
    {
        if (!DockerEngineMayAnswer(out var why))
        {
            Reason = why;
            return;
        }
        try
        {
            _container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + Password)
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync();
            Options = new Neo4jOptions
            {
                Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}/"),
                User = "neo4j",
                Password = Password,
            };
            Available = true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Reason = "Docker engine did not start neo4j:5: " + e.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
    }

    private static bool DockerEngineMayAnswer(out string why)
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) || File.Exists("/var/run/docker.sock"))
        {
            why = "";
            return true;
        }
        why = "No Docker engine on this machine (no DOCKER_HOST, no /var/run/docker.sock); Neo4j integration tests need one.";
        return false;
    }
}
