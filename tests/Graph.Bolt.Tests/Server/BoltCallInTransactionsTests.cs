using static Graph.Bolt.Tests.Server.RawBoltClient;

namespace Graph.Bolt.Tests.Server;

/// <summary>CALL { … } IN TRANSACTIONS over Bolt: an auto-commit RUN commits batch by batch; inside BEGIN it is refused as by Neo4j.</summary>
public sealed class BoltCallInTransactionsTests
{
    private const byte Success = 0x70, Failure = 0x7F;

    [Fact]
    public async Task An_auto_commit_run_keeps_the_batches_committed_before_a_failure()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var failure = await client.RequestAsync(0x10, "UNWIND [1, 2, 0, 3] AS i CALL (i) { CREATE (:Batch {v: 10 / i}) } IN TRANSACTIONS OF 1 ROW", Map(), Map());
        Assert.Equal(Failure, failure.Tag);
        Assert.Equal("/ by zero (Transactions committed: 2)", ((Dictionary<string, object?>)failure.Fields[0]!)["message"]);
        Assert.Equal(Success, (await client.RequestAsync(0x0F)).Tag);

        await client.RequestAsync(0x10, "MATCH (b:Batch) RETURN count(b) AS n", Map(), Map());
        var record = await client.RequestAsync(0x3F, Map(("n", -1L)));
        Assert.Equal(new List<object?> { 2L }, record.Fields[0]);
    }

    [Fact]
    public async Task An_explicit_transaction_refuses_it()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        Assert.Equal(Success, (await client.RequestAsync(0x11, Map())).Tag);
        var failure = await client.RequestAsync(0x10, "UNWIND [1, 2] AS i CALL (i) { CREATE (:Batch) } IN TRANSACTIONS", Map(), Map());
        Assert.Equal(Failure, failure.Tag);
        Assert.Equal("Neo.DatabaseError.Transaction.TransactionStartFailed", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
    }
}
