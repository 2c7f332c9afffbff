using System.Net.Sockets;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;
using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Server;

/// <summary>
/// One client: the handshake, then messages read one at a time and answered in order. Any framing or
/// PackStream fault, a silent client (idle timeout) or GOODBYE ends this connection and only this one.
/// </summary>
internal sealed class BoltConnection(TcpClient client, BoltOptions options, Func<BoltVersion, BoltSessionInfo, BoltSession> sessions, string connectionId, ILogger logger)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        try
        {
            var version = await HandshakeAsync(stream, stopping);
            if (version is null) return;
            var info = new BoltSessionInfo(connectionId, BoltServer.Agent, AdvertisedAddress(), options.IdleTimeout)
            {
                OnError = e => BoltLog.RequestFailed(logger, e, connectionId),
            };
            await using var session = sessions(version.Value, info);
            await ConverseAsync(stream, session, stopping);
        }
        catch (Exception e) when (e is BoltProtocolException or PackStreamException)
        {
            BoltLog.Closed(logger, connectionId, e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            BoltLog.Ended(logger, connectionId, e.Message);
        }
    }

    private async Task<BoltVersion?> HandshakeAsync(NetworkStream stream, CancellationToken stopping)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        deadline.CancelAfter(options.HandshakeTimeout);
        var handshake = new byte[BoltHandshake.Length];
        await stream.ReadExactlyAsync(handshake, deadline.Token);
        if (!BoltHandshake.HasMagic(handshake))
        {
            throw new BoltProtocolException("The client did not open with Bolt's magic preamble (is it speaking HTTP to the Bolt port?).");
        }
        var version = BoltHandshake.Negotiate(handshake.AsSpan(4));
        await stream.WriteAsync(BoltHandshake.Answer(version), deadline.Token);
        if (version is null) BoltLog.NoVersion(logger, connectionId);
        return version;
    }

    private async Task ConverseAsync(NetworkStream stream, BoltSession session, CancellationToken stopping)
    {
        var responder = new BoltResponder();
        while (session.Open)
        {
            byte[]? bytes;
            using (var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping))
            {
                idle.CancelAfter(options.IdleTimeout);
                bytes = await BoltChunking.ReadMessageAsync(stream, options.MaxMessageBytes, idle.Token);
            }
            if (bytes is null) return;
            var reader = new PackStreamReader(bytes);
            if (reader.Read() is not PackStructure message || !reader.AtEnd)
            {
                throw new BoltProtocolException("A message must be exactly one structure.");
            }
            await session.HandleAsync(message, responder, stopping);
            await responder.SendAsync(stream, stopping);
        }
    }

    private string AdvertisedAddress() => client.Client.LocalEndPoint?.ToString() ?? "localhost:7687";
}
