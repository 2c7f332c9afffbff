using System.Net;
using Graph.Api.Tests.Support;
using Graph.Bolt.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Bolt;

/// <summary>The seeded host with its Bolt listener on a free loopback port (never 7687: tests run side by side).</summary>
internal static class BoltHost
{
    public static SeededApiFactory Create(bool anonymousRead = true)
    {
        var factory = new SeededApiFactory { AnonymousRead = anonymousRead };
        factory.Settings["Graph:Bolt:Enabled"] = "true";
        factory.Settings["Graph:Bolt:Listen"] = "127.0.0.1:0";
        factory.Settings["Graph:Cypher:MaxRows"] = "10000";
        return factory;
    }

    /// <summary>Starts the host (and with it the listener) and returns where Bolt listens.</summary>
    public static IPEndPoint Start(SeededApiFactory factory) =>
        factory.Services.GetRequiredService<BoltServer>().LocalEndPoint
        ?? throw new InvalidOperationException("The Bolt listener did not start.");
}
