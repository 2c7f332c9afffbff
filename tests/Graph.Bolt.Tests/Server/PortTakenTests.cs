using System.Net;
using System.Net.Sockets;

namespace Graph.Bolt.Tests.Server;

// Locks down that a Bolt port already in use (a local Neo4j on 7687) leaves the service running without Bolt
// rather than stopping its start-up: the listener reports no end point and the host goes on.
public sealed class PortTakenTests
{
    [Fact]
    public async Task A_taken_port_leaves_bolt_off_and_start_up_going_on()
    {
        using var neo4j = new TcpListener(IPAddress.Loopback, 0);
        neo4j.Start();
        var taken = ((IPEndPoint)neo4j.LocalEndpoint).Port;

        await using var server = await BoltTestServer.StartAsync(o => o.Listen = $"127.0.0.1:{taken}");

        Assert.Null(server.Server.LocalEndPoint);
        Assert.Equal(0, server.Server.OpenConnections);
    }
}
