using System.Net.Sockets;
using System.Threading.Channels;
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
    /// <summary>Requests read ahead of the one being answered (drivers pipeline a few: RUN with PULL, BEGIN with RUN).</summary>
    private const int QueuedRequests = 32;

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

    // Requests are read ahead into a small queue while the worker answers them in order, so a RESET sent during a
    // long statement is seen at once and interrupts it (as cypher-shell's Ctrl-C and a driver closing a session expect).
    private async Task ConverseAsync(NetworkStream stream, BoltSession session, CancellationToken stopping)
    {
        var inbox = Channel.CreateBounded<PackStructure>(new BoundedChannelOptions(QueuedRequests) { SingleReader = true, SingleWriter = true });
        using var interrupts = new BoltInterrupts();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reading = ReadRequestsAsync(stream, inbox.Writer, interrupts, done.Token);
        var responder = new BoltResponder();
        try
        {
            await foreach (var message in inbox.Reader.ReadAllAsync(stopping))
            {
                if (message.Tag == BoltMessages.Reset) interrupts.Reached();
                if (message.Tag != BoltMessages.Reset && interrupts.Interrupted)
                {
                    responder.Ignored();
                }
                else
                {
                    using var work = CancellationTokenSource.CreateLinkedTokenSource(stopping, interrupts.Token);
                    await session.HandleAsync(message, responder, work.Token);
                }
                await responder.SendAsync(stream, stopping);
                if (!session.Open) return;
            }
        }
        finally
        {
            await done.CancelAsync();
            // The reader's own fault (a protocol violation, an idle client) is what ended the conversation.
            await reading;
        }
    }

    private async Task ReadRequestsAsync(NetworkStream stream, ChannelWriter<PackStructure> inbox, BoltInterrupts interrupts, CancellationToken done)
    {
        try
        {
            while (true)
            {
                byte[]? bytes;
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(done))
                {
                    idle.CancelAfter(options.IdleTimeout);
                    try
                    {
                        bytes = await BoltChunking.ReadMessageAsync(stream, options.MaxMessageBytes, idle.Token);
                    }
                    catch (OperationCanceledException) when (!done.IsCancellationRequested)
                    {
                        throw new BoltProtocolException($"No request for {options.IdleTimeout} (Graph:Bolt:IdleTimeout).");
                    }
                }
                if (bytes is null) return;
                var reader = new PackStreamReader(bytes);
                if (reader.Read() is not PackStructure message || !reader.AtEnd)
                {
                    throw new BoltProtocolException("A message must be exactly one structure.");
                }
                if (message.Tag == BoltMessages.Reset) interrupts.Arrived();
                await inbox.WriteAsync(message, done);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The conversation ended first (GOODBYE, the server stopping).
        }
        finally
        {
            inbox.TryComplete();
        }
    }

    private string AdvertisedAddress() => client.Client.LocalEndPoint?.ToString() ?? "localhost:7687";
}
