using System.Net;
using System.Net.Sockets;
using Graph.Bolt.Protocol;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Bolt.Server;

/// <summary>
/// The Bolt listener, a hosted service: accepts connections on <see cref="BoltOptions.Listen"/>, at most
/// <see cref="BoltOptions.MaxConnections"/> at once, each served by its own <see cref="BoltConnection"/>.
/// Statements go to the service's <see cref="IGraphDatabase"/>, whichever engine that is.
/// </summary>
public sealed class BoltServer(
    IServiceProvider services,
    IOptions<BoltOptions> options,
    IBoltAuthenticator authenticator,
    BoltStatementLimits limits,
    BoltBookmarks bookmarks,
    IBoltStatementGate gate,
    ILogger<BoltServer> logger) : IHostedService, IDisposable
{
    /// <summary>
    /// What HELLO answers as the server agent. Drivers expect the "Neo4j/" prefix; the version is the Cypher
    /// dialect the engine follows, and the rest says which server this is.
    /// </summary>
    public const string Agent = "Neo4j/5.26.0 (Graph embedded Bolt server)";

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _connections = [];
    private TcpListener? _listener;
    private Task? _accepting;
    private int _open;
    private long _nextId;

    /// <summary>Where the listener is bound (the real port when configured with port 0), or null when disabled.</summary>
    public IPEndPoint? LocalEndPoint => _listener?.LocalEndpoint as IPEndPoint;

    public int OpenConnections => Volatile.Read(ref _open);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Task.CompletedTask;
        var endpoint = BoltEndpoint.Parse(settings.Listen);
        var listener = new TcpListener(endpoint);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            // The HTTP service still starts: a local Neo4j on 7687 is common on an analyst's machine, and GraphQL,
            // /cypher and the workbench must not be lost to it. The log says how to get Bolt back.
            listener.Dispose();
            BoltLog.CannotBind(logger, settings.Listen, e.SocketErrorCode.ToString());
            return Task.CompletedTask;
        }
        _listener = listener;
        var bound = listener.LocalEndpoint.ToString() ?? settings.Listen;
        BoltLog.Listening(logger, bound);
        _accepting = AcceptAsync(listener, settings);
        return Task.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, BoltOptions settings)
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                BoltLog.AcceptFailed(logger, e.SocketErrorCode.ToString());
                continue;
            }
            if (Interlocked.Increment(ref _open) > settings.MaxConnections)
            {
                Interlocked.Decrement(ref _open);
                BoltLog.TooMany(logger, settings.MaxConnections);
                client.Dispose();
                continue;
            }
            var id = "bolt-" + Interlocked.Increment(ref _nextId);
            var connection = new BoltConnection(client, settings, NewSession, id, logger);
            lock (_connections)
            {
                _connections.RemoveAll(t => t.IsCompleted);
                _connections.Add(Task.Run(() => ServeAsync(connection)));
            }
        }
    }

    private async Task ServeAsync(BoltConnection connection)
    {
        try
        {
            await connection.RunAsync(_stopping.Token);
        }
        catch (Exception e)
        {
            // Whatever one connection does, the listener and the other connections carry on.
            BoltLog.ConnectionFailed(logger, e);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private BoltSession NewSession(BoltVersion version, BoltSessionInfo info) =>
        new(services.GetRequiredService<IGraphDatabase>(), authenticator, limits, bookmarks, gate, version, info);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listener is null) return;
        await _stopping.CancelAsync();
        _listener.Stop();
        Task[] running;
        lock (_connections) running = [.. _connections];
        if (_accepting is not null) running = [.. running, _accepting];
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _listener?.Stop();
        _stopping.Dispose();
    }
}
