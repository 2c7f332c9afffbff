using static Graph.Bolt.Tests.Server.RawBoltClient;

namespace Graph.Bolt.Tests.Server;

/// <summary>
/// Hostile byte streams against the listener (loopback only, a fixed seed, a bounded number of rounds): broken
/// handshakes, random chunks, lying sizes, cut messages. Each closes its own connection; the server keeps serving
/// and a signed-in connection held open the whole time keeps answering.
/// </summary>
public sealed class BoltFuzzTests
{
    private const int Rounds = 150;

    [Fact]
    public async Task Malformed_streams_close_only_their_own_connection()
    {
        // Streams too short for a handshake wait out the handshake timeout on the server; keep it short, but long
        // enough that a busy test machine still lets the good connections shake hands in time.
        await using var server = await BoltTestServer.StartAsync(o => o.HandshakeTimeout = TimeSpan.FromSeconds(3));
        var random = new Random(1717);
        await using var steady = await ConnectAsync(server.EndPoint);
        await steady.SignInAsEditorAsync();

        for (var round = 0; round < Rounds; round++)
        {
            await using (var hostile = await ConnectAsync(server.EndPoint))
            {
                try
                {
                    await hostile.Stream.WriteAsync(Hostile(random, round % 5));
                    await hostile.Stream.FlushAsync();
                }
                catch (IOException)
                {
                    // The server may already have closed it: that is the point.
                }
            }
            if (round % 25 == 24) await AssertServesAsync(steady, round);
        }

        // A fresh connection after all of it signs in and runs a statement.
        await using var fresh = await ConnectAsync(server.EndPoint);
        Assert.Equal(0x70, (await fresh.SignInAsEditorAsync()).Tag);
        await AssertServesAsync(fresh, Rounds);
    }

    private static async Task AssertServesAsync(RawBoltClient client, int round)
    {
        var run = await client.RequestAsync(0x10, "RETURN $round AS r", Map(("round", (long)round)), Map());
        Assert.Equal(0x70, run.Tag);
        var record = await client.RequestAsync(0x3F, Map(("n", -1L)));
        Assert.Equal(new List<object?> { (long)round }, record.Fields[0]);
        Assert.Equal(0x70, (await client.ReceiveAsync()).Tag);
    }

    private static byte[] Hostile(Random random, int kind)
    {
        var noise = new byte[random.Next(1, 300)];
        random.NextBytes(noise);
        var handshake = Convert.FromHexString("6060B017000404050000000000000000 00000000".Replace(" ", "", StringComparison.Ordinal));
        return kind switch
        {
            // Random bytes where the handshake should be.
            0 => noise,
            // A good handshake, then random bytes as chunks.
            1 => [.. handshake, .. noise],
            // A good handshake, then a chunk whose size lies and a message that ends early.
            2 => [.. handshake, 0xFF, 0xFF, .. noise.AsSpan(0, Math.Min(noise.Length, 40))],
            // A good handshake, then a well-framed message of garbage PackStream.
            3 => [.. handshake, 0x00, (byte)Math.Min(noise.Length, 255), .. noise.AsSpan(0, Math.Min(noise.Length, 255)), 0x00, 0x00],
            // A good handshake, then PackStream claiming huge containers inside one small chunk.
            _ => [.. handshake, 0x00, 0x06, 0xB1, 0x10, 0xD6, 0x7F, 0xFF, 0xFF, 0x00, 0x00],
        };
    }
}
