using Graph.Bolt.PackStream;
using static Graph.Bolt.Tests.Server.RawBoltClient;

namespace Graph.Bolt.Tests.Server;

/// <summary>The state machine over a real socket: sign-in, auto-commit and explicit transactions, failures and RESET, limits.</summary>
public sealed class BoltConversationTests
{
    private const byte Success = 0x70, Record = 0x71, Ignored = 0x7E, Failure = 0x7F;

    [Fact]
    public async Task Run_and_pull_in_batches_of_n_then_the_summary()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        Assert.Equal(Success, (await client.SignInAsEditorAsync()).Tag);

        var run = await client.RequestAsync(0x10, "UNWIND range(1, 5) AS i RETURN i", Map(), Map());
        Assert.Equal(new List<object?> { "i" }, ((Dictionary<string, object?>)run.Fields[0]!)["fields"]);
        await client.SendAsync(0x3F, Map(("n", 2L)));
        Assert.Equal(Record, (await client.ReceiveAsync()).Tag);
        Assert.Equal(Record, (await client.ReceiveAsync()).Tag);
        var more = await client.ReceiveAsync();
        Assert.Equal(true, ((Dictionary<string, object?>)more.Fields[0]!)["has_more"]);
        var discard = await client.RequestAsync(0x2F, Map(("n", -1L)));
        var summary = (Dictionary<string, object?>)discard.Fields[0]!;
        Assert.Equal(Success, discard.Tag);
        Assert.StartsWith("graph:bookmark:", (string)summary["bookmark"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_failure_requests_are_ignored_until_reset()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var failure = await client.RequestAsync(0x10, "RETURN 1 +", Map(), Map());
        Assert.Equal(Failure, failure.Tag);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
        Assert.Equal(Ignored, (await client.RequestAsync(0x3F, Map(("n", -1L)))).Tag);
        Assert.Equal(Success, (await client.RequestAsync(0x0F)).Tag);
        Assert.Equal(Success, (await client.RequestAsync(0x10, "RETURN 1 AS one", Map(), Map())).Tag);
    }

    [Fact]
    public async Task A_transaction_commits_what_its_statements_wrote_and_a_rollback_undoes_it()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        foreach (var (end, expected) in new[] { ((byte)0x13, 0L), ((byte)0x12, 1L) })
        {
            Assert.Equal(Success, (await client.RequestAsync(0x11, Map())).Tag);
            var run = await client.RequestAsync(0x10, "CREATE (:Probe {end: $end})", Map(("end", (long)end)), Map());
            Assert.Equal(0L, ((Dictionary<string, object?>)run.Fields[0]!)["qid"]);
            Assert.Equal(Success, (await client.RequestAsync(0x3F, Map(("n", -1L), ("qid", 0L)))).Tag);
            Assert.Equal(Success, (await client.RequestAsync(end)).Tag);
            await client.RequestAsync(0x10, "MATCH (p:Probe {end: $end}) RETURN count(p) AS n", Map(("end", (long)end)), Map());
            var record = await client.RequestAsync(0x3F, Map(("n", -1L)));
            Assert.Equal(new List<object?> { expected }, record.Fields[0]);
            await client.ReceiveAsync();
        }
    }

    [Fact]
    public async Task Anonymous_readers_cannot_write_and_wrong_credentials_close_the_connection()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using (var reader = await ConnectAsync(server.EndPoint))
        {
            Assert.Equal(Success, (await reader.SignInAsync(Map(("scheme", "none")))).Tag);
            var refused = await reader.RequestAsync(0x10, "CREATE (:Nope)", Map(), Map(("mode", "w")));
            Assert.Equal("Neo.ClientError.Security.Forbidden", ((Dictionary<string, object?>)refused.Fields[0]!)["code"]);
        }
        await using var stranger = await ConnectAsync(server.EndPoint);
        var failure = await stranger.SignInAsync(Map(("scheme", "basic"), ("principal", "editor"), ("credentials", "wrong")));
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
        Assert.True(await stranger.ClosedByServerAsync());
    }

    [Fact]
    public async Task Route_answers_a_single_server_table_at_the_address_the_client_used()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var route = await client.RequestAsync(0x66, Map(("address", "graph.example:7687")), new List<object?>(), Map());
        var table = (Dictionary<string, object?>)((Dictionary<string, object?>)route.Fields[0]!)["rt"]!;
        var servers = ((List<object?>)table["servers"]!).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(["ROUTE", "READ", "WRITE"], servers.Select(s => (string)s["role"]!));
        Assert.All(servers, s => Assert.Equal(new List<object?> { "graph.example:7687" }, s["addresses"]));
    }

    [Fact]
    public async Task Unknown_protocol_versions_get_zeroes_and_connections_past_the_limit_are_closed()
    {
        await using var server = await BoltTestServer.StartAsync(o => o.MaxConnections = 1);
        await using (var old = await ConnectAsync(server.EndPoint))
        {
            Assert.Equal("00000000", await old.HandshakeAsync("00000003000000000000000000000000"));
            Assert.True(await old.ClosedByServerAsync());
        }
        await server.WaitUntilNoConnectionsAsync();
        await using var first = await ConnectAsync(server.EndPoint);
        await first.SignInAsEditorAsync();
        await using var second = await ConnectAsync(server.EndPoint);
        Assert.True(await second.ClosedByServerAsync());
        Assert.Equal(Success, (await first.RequestAsync(0x10, "RETURN 1", Map(), Map())).Tag);
    }

    [Fact]
    public async Task An_idle_connection_is_closed()
    {
        await using var server = await BoltTestServer.StartAsync(o => o.IdleTimeout = TimeSpan.FromSeconds(2));
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        Assert.True(await client.ClosedByServerAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_connection()
    {
        await using var server = await BoltTestServer.StartAsync(o => o.MaxMessageBytes = 1024);
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        await client.SendAsync(0x10, new string('x', 4096), Map(), Map());
        Assert.True(await client.ClosedByServerAsync());
    }

    [Fact]
    public async Task A_result_over_the_row_cap_is_cut_with_a_warning()
    {
        await using var server = await BoltTestServer.StartAsync(limits: new Graph.Bolt.Protocol.BoltStatementLimits(TimeSpan.FromSeconds(30), 3, 1 << 20));
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        await client.RequestAsync(0x10, "UNWIND range(1, 10) AS i RETURN i", Map(), Map());
        await client.SendAsync(0x3F, Map(("n", -1L)));
        var records = 0;
        PackStructure message;
        while ((message = await client.ReceiveAsync()).Tag == Record) records++;
        Assert.Equal(3, records);
        var notifications = (List<object?>)((Dictionary<string, object?>)message.Fields[0]!)["notifications"]!;
        Assert.Equal("Graph.ClientNotification.Result.Truncated", ((Dictionary<string, object?>)notifications[0]!)["code"]);
    }

    [Theory]
    [InlineData(false, 'F', 1681295400L)] // legacy: seconds of the local time
    [InlineData(true, 'I', 1681277400L)] // the "utc" patch: seconds in UTC, as in Bolt 5
    public async Task Bolt_4_4_signs_in_with_hello_and_sends_legacy_date_times_unless_patched(bool utcPatch, char tag, long seconds)
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        Assert.Equal("00000404", await client.HandshakeAsync("00000404000000000000000000000000"));
        var hello = Map(("user_agent", "raw-test/1.0"), ("scheme", "basic"), ("principal", "editor"), ("credentials", "secret"));
        if (utcPatch) hello["patch_bolt"] = new List<object?> { "utc" };
        var welcome = await client.RequestAsync(0x01, hello);
        Assert.Equal(Success, welcome.Tag);
        Assert.Equal(utcPatch, ((Dictionary<string, object?>)welcome.Fields[0]!).ContainsKey("patch_bolt"));

        await client.RequestAsync(0x10, "RETURN datetime('2023-04-12T10:30:00+05:00') AS dt", Map(), Map());
        var record = await client.RequestAsync(0x3F, Map(("n", -1L)));
        var value = Assert.IsType<PackStructure>(((List<object?>)record.Fields[0]!)[0]);
        Assert.Equal((byte)tag, value.Tag);
        Assert.Equal(new List<object?> { seconds, 0L, 18000L }, value.Fields);
    }

    [Fact]
    public async Task A_statement_the_host_has_no_room_for_fails_with_a_transient_error()
    {
        await using var server = await BoltTestServer.StartAsync(gate: new FullGate());
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var failure = await client.RequestAsync(0x10, "RETURN 1", Map(), Map());
        Assert.Equal("Neo.TransientError.Request.ResourceExhaustion", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
    }

    private sealed class FullGate : Graph.Bolt.Protocol.IBoltStatementGate
    {
        public Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);
    }

    [Fact]
    public async Task Telemetry_is_acknowledged_and_logoff_asks_for_a_new_logon()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        Assert.Equal(Success, (await client.RequestAsync(0x54, 1L)).Tag);
        Assert.Equal(Success, (await client.RequestAsync(0x6B)).Tag);
        // Signed off: a new LOGON (here as the anonymous reader) is what comes next.
        Assert.Equal(Success, (await client.RequestAsync(0x6A, Map(("scheme", "none")))).Tag);
        var refused = await client.RequestAsync(0x10, "CREATE (:Nope)", Map(), Map());
        Assert.Equal("Neo.ClientError.Security.Forbidden", ((Dictionary<string, object?>)refused.Fields[0]!)["code"]);
    }

    [Fact]
    public async Task A_message_out_of_turn_fails_and_closes_the_connection()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var failure = await client.RequestAsync(0x12); // COMMIT with no transaction
        Assert.Equal("Neo.ClientError.Request.Invalid", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
        Assert.True(await client.ClosedByServerAsync());
    }

    [Fact]
    public async Task A_reset_sent_during_a_long_statement_interrupts_it()
    {
        await using var server = await BoltTestServer.StartAsync(limits: new Graph.Bolt.Protocol.BoltStatementLimits(TimeSpan.FromMinutes(5), 10, 1 << 20));
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        // Pipelined as a driver does: the statement, its PULL, then RESET before any answer came back.
        // Ten billion rows: only the RESET can end it (range() itself refuses lists over ten million).
        await client.SendAsync(0x10, "UNWIND range(1, 10000000) AS i UNWIND range(1, 1000) AS j WITH i WHERE i < 0 RETURN count(*) AS n", Map(), Map());
        await client.SendAsync(0x3F, Map(("n", -1L)));
        await client.SendAsync(0x0F);
        Assert.Equal(Ignored, (await client.ReceiveAsync()).Tag);
        Assert.Equal(Ignored, (await client.ReceiveAsync()).Tag);
        Assert.Equal(Success, (await client.ReceiveAsync()).Tag);
        Assert.Equal(Success, (await client.RequestAsync(0x10, "RETURN 1 AS one", Map(), Map())).Tag);
    }

    [Fact]
    public async Task A_result_over_the_byte_budget_is_cut_with_a_warning()
    {
        await using var server = await BoltTestServer.StartAsync(limits: new Graph.Bolt.Protocol.BoltStatementLimits(TimeSpan.FromSeconds(30), 1000, 1000));
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        // 100 rows of about 100 bytes each against a budget of 1000 bytes.
        await client.RequestAsync(0x10, "UNWIND range(1, 100) AS i RETURN $text AS t", Map(("text", new string('x', 100))), Map());
        await client.SendAsync(0x3F, Map(("n", -1L)));
        var records = 0;
        PackStructure message;
        while ((message = await client.ReceiveAsync()).Tag == Record) records++;
        Assert.InRange(records, 1, 10);
        var notification = (Dictionary<string, object?>)((List<object?>)((Dictionary<string, object?>)message.Fields[0]!)["notifications"]!)[0]!;
        Assert.Contains("MaxResponseBytes", (string)notification["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_timeout_from_the_client_ends_a_long_statement_with_neo4js_code()
    {
        await using var server = await BoltTestServer.StartAsync(limits: new Graph.Bolt.Protocol.BoltStatementLimits(TimeSpan.FromMinutes(5), 10, 1 << 20));
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        Assert.Equal(Success, (await client.RequestAsync(0x11, Map(("tx_timeout", 200L), ("mode", "r")))).Tag);
        var failure = await client.RequestAsync(0x10, "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a WHERE a < 0 RETURN count(*) AS n", Map(), Map());
        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
    }

    [Fact]
    public async Task Only_the_one_database_is_known()
    {
        await using var server = await BoltTestServer.StartAsync();
        await using var client = await ConnectAsync(server.EndPoint);
        await client.SignInAsEditorAsync();
        var failure = await client.RequestAsync(0x10, "RETURN 1", Map(), Map(("db", "movies")));
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", ((Dictionary<string, object?>)failure.Fields[0]!)["code"]);
        Assert.Equal(Success, (await client.RequestAsync(0x0F)).Tag);
        Assert.Equal(Success, (await client.RequestAsync(0x10, "RETURN 1", Map(), Map(("db", "neo4j")))).Tag);
    }
}
