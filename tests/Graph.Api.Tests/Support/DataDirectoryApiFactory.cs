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
/// <see cref="Store"/> replaces the store the host would open (e.g. one with injected file faults).
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
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            if (Store is null) return;
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton(Store);
        });
    }
}
