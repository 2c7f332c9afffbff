using Graph.Bolt.Protocol;

namespace Graph.Bolt.Tests.Protocol;

/// <summary>Version negotiation (plain and range proposals, the manifest marker) and Bolt's chunked framing.</summary>
public sealed class HandshakeAndChunkingTests
{
    [Theory]
    // neo4j-driver 6.3's own proposal: manifest v1, 5.8 back to 5.0, 4.4 back to 4.2, 3.0 → 5.4.
    [InlineData("000001FF 00080805 00020404 00000003", 5, 4)]
    [InlineData("00000405 00000000 00000000 00000000", 5, 4)]
    [InlineData("00000205 00000000 00000000 00000000", 5, 2)]
    [InlineData("00000404 00000005 00000000 00000000", 4, 4)] // the client's order of preference wins
    [InlineData("00030305 00000000 00000000 00000000", 5, 3)] // 5.3 back to 5.0: the best is 5.3
    [InlineData("00000006 00000104 00000000 00000000", 0, 0)] // 6.0 and 4.1: nothing in common
    public void Negotiation_picks_the_first_proposal_this_server_speaks(string proposals, int major, int minor)
    {
        var version = BoltHandshake.Negotiate(Convert.FromHexString(proposals.Replace(" ", "", StringComparison.Ordinal)));
        var expected = major == 0 ? (BoltVersion?)null : new BoltVersion(major, minor);
        Assert.Equal(expected, version);
        Assert.Equal(major == 0 ? "00000000" : $"0000{minor:X2}{major:X2}", Convert.ToHexString(BoltHandshake.Answer(version)));
    }

    [Fact]
    public async Task No_op_chunks_are_skipped_and_chunks_join_into_one_message()
    {
        // A no-op, then "AB" in two chunks and the end marker, then a second message "C".
        var stream = new MemoryStream(Convert.FromHexString("0000" + "000141" + "000142" + "0000" + "000143" + "0000"));
        Assert.Equal("AB"u8.ToArray(), await BoltChunking.ReadMessageAsync(stream, 100, CancellationToken.None));
        Assert.Equal("C"u8.ToArray(), await BoltChunking.ReadMessageAsync(stream, 100, CancellationToken.None));
        Assert.Null(await BoltChunking.ReadMessageAsync(stream, 100, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_over_the_limit_or_cut_short_is_a_protocol_error()
    {
        var big = new MemoryStream(Convert.FromHexString("0010" + new string('0', 32) + "0000"));
        await Assert.ThrowsAsync<BoltProtocolException>(() => BoltChunking.ReadMessageAsync(big, 8, CancellationToken.None));
        var cut = new MemoryStream(Convert.FromHexString("000541"));
        await Assert.ThrowsAsync<BoltProtocolException>(() => BoltChunking.ReadMessageAsync(cut, 100, CancellationToken.None));
    }

    [Fact]
    public void Long_messages_are_split_into_chunks_of_at_most_65535_bytes()
    {
        var output = new MemoryStream();
        BoltChunking.WriteMessage(output, new byte[70_000]);
        var bytes = output.ToArray();
        Assert.Equal("FFFF", Convert.ToHexString(bytes, 0, 2));
        Assert.Equal($"{70_000 - 65_535:X4}", Convert.ToHexString(bytes, 2 + 65_535, 2));
        Assert.Equal("0000", Convert.ToHexString(bytes, bytes.Length - 2, 2));
        Assert.Equal(70_000 + 3 * 2, bytes.Length);
    }
}
