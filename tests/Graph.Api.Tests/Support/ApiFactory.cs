using Graph.Core.Store;
using Graph.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The host with fake GraphQL and store services and small limits, so every limit is reachable in a test, and
/// the test sign-in (<see cref="TestSignIn"/>) configured; its clients send no credentials.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    internal FakeKnowledgeGraphQL GraphQL { get; } = new();

    internal FakeGraphDatabase Store { get; } = new();

    /// <summary>False leaves the configured store in place, to test the host's own store registration.</summary>
    internal bool UseFakeStore { get; init; } = true;

    internal CapturingLoggerProvider Logs { get; } = new();

    internal Dictionary<string, string?> Settings { get; } = new()
    {
        // The fakes stand in for a store: nothing to seed.
        ["Graph:Seed"] = "false",
        // Tests never touch the user's data folder; the store lives in memory.
        ["Graph:DataDirectory"] = ":memory:",
        ["Graph:GraphQL:MaxRequestBytes"] = "4096",
        ["Graph:GraphQL:ExecutionTimeout"] = "00:00:02",
        ["Graph:Cypher:MaxRows"] = "3",
        ["Graph:Cypher:Timeout"] = "00:00:01",
        ["Graph:Cypher:MaxRequestBytes"] = "4096",
    };

    public ApiFactory()
    {
        foreach (var (key, value) in TestSignIn.Settings()) Settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IKnowledgeGraphQL>();
            services.AddSingleton<IKnowledgeGraphQL>(GraphQL);
            services.AddSingleton<ILoggerProvider>(Logs);
            if (!UseFakeStore) return;
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton<IGraphDatabase>(Store);
        });
    }
}
