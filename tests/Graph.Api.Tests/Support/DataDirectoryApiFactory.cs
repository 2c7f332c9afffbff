using Graph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The real host (embedded engine, real GraphQL layer) over a data directory, with its log captured;
/// <see cref="Store"/> replaces the store the host would open (e.g. one with injected file faults). Its clients
/// sign in as an editor, as the seeded factory's do, so mutations reach the store.
/// </summary>
public sealed class DataDirectoryApiFactory(string directory, bool seed = false) : WebApplicationFactory<Program>
{
    internal CapturingLoggerProvider Logs { get; } = new();

    internal Func<IServiceProvider, IGraphDatabase>? Store { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Store", "Embedded");
        builder.UseSetting("Graph:Seed", seed ? "true" : "false");
        builder.UseSetting("Graph:DataDirectory", directory);
        TestSignIn.Configure(builder, anonymousRead: true);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (Store is null) return;
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton(Store);
        });
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(TestSignIn.ApiKeyHeader, TestSignIn.EditorKey);
    }
}
