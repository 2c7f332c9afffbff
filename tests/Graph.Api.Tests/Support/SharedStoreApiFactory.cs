using Graph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Api.Tests.Support;

/// <summary>
/// A second instance of the seeded host over another host's store: the embedded engine's store belongs to one process,
/// so two service instances share it as one object in this process (the way two instances share one Neo4j database).
/// This host does not seed (the first one did) and polls for the other instance's changes every <see cref="PollInterval"/>.
/// </summary>
public sealed class SharedStoreApiFactory(IGraphDatabase? store, string instanceId) : SeededApiFactory
{
    /// <summary>Short, so a test reading the WebSocket gets the other instance's events soon; nothing asserts on time.</summary>
    public const string PollInterval = "00:00:00.050";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:GraphQL:Subscriptions:PollInterval", PollInterval);
        builder.UseSetting("Graph:GraphQL:Subscriptions:InstanceId", instanceId);
        if (store is null) return;
        builder.UseSetting("Graph:Seed", "false");
        // Registered as an instance: this host does not own (dispose) the other host's store.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphDatabase>();
            services.AddSingleton(store);
        });
    }
}
