using System.Net;
using System.Net.Sockets;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Server;

/// <summary>A bare Bolt client speaking bytes: handshake, messages as structures, answers read back.</summary>
internal sealed class RawBoltClient : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private NetworkStream _stream = null!;

    public NetworkStream Stream => _stream;

    public static async Task<RawBoltClient> ConnectAsync(IPEndPoint endPoint)
    {
        var client = new RawBoltClient();
        await client._client.ConnectAsync(endPoint);
        client._stream = client._client.GetStream();
        return client;
    }

    /// <summary>Proposes 5.4 (and 4.4) and returns the server's four answer bytes as hex.</summary>
    public async Task<string> HandshakeAsync(string proposals = "00040405000000040000000000000000")
    {
        await _stream.WriteAsync(Convert.FromHexString("6060B017" + proposals));
        var answer = new byte[4];
        await _stream.ReadExactlyAsync(answer);
        return Convert.ToHexString(answer);
    }

    /// <summary>Handshake, HELLO and LOGON as the given user; returns LOGON's answer.</summary>
    public async Task<PackStructure> SignInAsync(Dictionary<string, object?> auth)
    {
        Assert.Equal("00000405", await HandshakeAsync());
        Assert.Equal(0x70, (await RequestAsync(0x01, Map(("user_agent", "raw-test/1.0")))).Tag);
        return await RequestAsync(0x6A, auth);
    }

    public Task<PackStructure> SignInAsEditorAsync() => SignInAsync(Map(("scheme", "basic"), ("principal", "editor"), ("credentials", "secret")));

    public async Task SendAsync(byte signature, params object?[] fields)
    {
        var writer = new PackStreamWriter();
        writer.Write(new PackStructure(signature, fields));
        var output = new MemoryStream();
        BoltChunking.WriteMessage(output, writer.Written.Span);
        await _stream.WriteAsync(output.ToArray());
    }

    public async Task<PackStructure> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var bytes = await BoltChunking.ReadMessageAsync(_stream, 16 * 1024 * 1024, timeout.Token)
            ?? throw new IOException("The server closed the connection.");
        return Assert.IsType<PackStructure>(new PackStreamReader(bytes).Read());
    }

    public async Task<PackStructure> RequestAsync(byte signature, params object?[] fields)
    {
        await SendAsync(signature, fields);
        return await ReceiveAsync();
    }

    /// <summary>True once the server has closed its side (reads end) within the bound.</summary>
    public async Task<bool> ClosedByServerAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        try
        {
            while (await _stream.ReadAsync(buffer, bound.Token) > 0)
            {
            }
            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
