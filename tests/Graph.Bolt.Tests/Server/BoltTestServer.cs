using System.Net;
using Graph.Bolt.Protocol;
using Graph.Bolt.Server;
using Graph.Core.Store;
using Graph.Cypher;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Bolt.Tests.Server;

/// <summary>A Bolt listener on a free loopback port over an in-memory embedded store; "editor"/"secret" may write, scheme none reads.</summary>
internal sealed class BoltTestServer : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BoltTestServer(ServiceProvider services, BoltServer server)
    {
        _services = services;
        Server = server;
    }

    public BoltServer Server { get; }

    public IPEndPoint EndPoint => Server.LocalEndPoint!;

    public static async Task<BoltTestServer> StartAsync(Action<BoltOptions>? configure = null, BoltStatementLimits? limits = null, IBoltStatementGate? gate = null)
    {
        var options = new BoltOptions { Listen = "127.0.0.1:0", IdleTimeout = TimeSpan.FromSeconds(30), HandshakeTimeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        var services = new ServiceCollection().AddSingleton<IGraphDatabase>(new EmbeddedGraphDatabase()).BuildServiceProvider();
        var server = new BoltServer(services, Options.Create(options), new FakeAuthenticator(), limits ?? BoltStatementLimits.Default,
            new BoltBookmarks(), gate ?? OpenStatementGate.Instance, NullLogger<BoltServer>.Instance);
        await server.StartAsync(CancellationToken.None);
        return new BoltTestServer(services, server);
    }

    /// <summary>Waits (bounded) until the server has noticed every closed connection, so a connection limit starts from zero.</summary>
    public async Task WaitUntilNoConnectionsAsync()
    {
        for (var i = 0; i < 400 && Server.OpenConnections > 0; i++) await Task.Delay(25);
        Assert.Equal(0, Server.OpenConnections);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync(CancellationToken.None);
        Server.Dispose();
        await _services.DisposeAsync();
    }

    private sealed class FakeAuthenticator : IBoltAuthenticator
    {
        public Task<BoltSignIn> SignInAsync(IReadOnlyDictionary<string, object?> token, CancellationToken cancellationToken) =>
            Task.FromResult((token.GetValueOrDefault("scheme"), token.GetValueOrDefault("principal"), token.GetValueOrDefault("credentials")) switch
            {
                ("none", _, _) => BoltSignIn.Reader("anonymous"),
                ("basic", "editor", "secret") => BoltSignIn.Writer("editor"),
                _ => BoltSignIn.Refused("unknown credentials"),
            });
    }
}
