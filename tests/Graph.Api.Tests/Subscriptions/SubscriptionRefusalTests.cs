using Graph.Api.Tests.Support;
using Graph.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Subscriptions;

// Locks down sign-in on connect and the protocol's refusals: credentials in connection_init checked like headers
// (4403 when not accepted or when reading is not allowed), subscribe before the ack 4401, malformed messages 4400,
// a second init 4429, a reused id 4409, a missing subprotocol 4406 — each closing only the connection at fault.
public sealed class SubscriptionRefusalTests : IClassFixture<SubscriptionRefusalTests.ClosedReadFactory>
{
    private readonly ClosedReadFactory _factory;

    public SubscriptionRefusalTests(ClosedReadFactory factory) => _factory = factory;

    /// <summary>Anonymous reads off: a connection must sign in to subscribe.</summary>
    public sealed class ClosedReadFactory : SeededApiFactory
    {
        public ClosedReadFactory() => AnonymousRead = false;
    }

    public static TheoryData<string, object?, string> RefusedSignIns => new()
    {
        { "anonymous", null, "Graph:Auth:AnonymousRead" },
        { "unknown key", new Dictionary<string, string> { ["X-Api-Key"] = "not-a-key" }, "not known" },
        { "no role", new Dictionary<string, string> { ["x-api-key"] = TestSignIn.NoRoleKey }, "reader role" },
        { "tampered token", new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestSignIn.Token("ann", "reader") + "x" }, "not accepted" },
        { "both", new Dictionary<string, string> { ["Authorization"] = "Bearer x", ["X-Api-Key"] = TestSignIn.ReaderKey }, "one credential" },
    };

    [Theory]
    [MemberData(nameof(RefusedSignIns))]
    public async Task Connection_init_that_may_not_read_is_closed_with_4403(string why, object? payload, string said)
    {
        await using var ws = await GraphQLWsClient.ConnectAsync(_factory);

        await ws.SendAsync(new { type = "connection_init", payload });

        var (code, reason) = await ws.ClosedAsync();
        Assert.True(code == 4403, why);
        Assert.Contains(said, reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_signs_in_with_connection_init_and_may_subscribe_but_not_mutate()
    {
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.ReaderKey });

        await ws.SubscribeAsync("m", """mutation { createTopics(input: [{ id: "nope", name: "Nope" }]) { topics { id } } }""");

        var error = (await ws.ReceiveAsync())!;
        Assert.Equal("error", (string)error["type"]!);
        Assert.Equal("FORBIDDEN", (string)error["payload"]![0]!["extensions"]!["code"]!);
        await ws.SubscribeAsync("s", "subscription { topicCreated { event } }");
        await ws.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await ws.ReceiveAsync())!["type"]!);
        await ws.CloseAsync();
    }

    [Fact]
    public async Task A_token_in_connection_init_signs_in()
    {
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestSignIn.Token("ann", "reader") });
        await ws.CloseAsync();
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_is_closed_with_4401()
    {
        await using var ws = await GraphQLWsClient.ConnectAsync(_factory);

        await ws.SubscribeAsync("1", "subscription { topicCreated { event } }");

        Assert.Equal(4401, (await ws.ClosedAsync()).Code);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "not JSON", "{ type: connection_init" },
        { "not an object", "[\"ping\"]" },
        { "no type", "{\"id\":\"1\"}" },
        { "unknown type", "{\"type\":\"start\",\"id\":\"1\"}" },
        { "subscribe without id", "{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ topics { id } }\"}}" },
        { "subscribe without payload", "{\"type\":\"subscribe\",\"id\":\"1\"}" },
        { "subscribe without query", "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"variables\":{}}}" },
        { "duplicate keys", "{\"type\":\"ping\",\"type\":\"subscribe\"}" },
        { "lone surrogate", "{\"type\":\"ping\",\"payload\":{\"x\":\"\\ud800\"}}" },
        { "empty id", "{\"type\":\"complete\",\"id\":\"\"}" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_message_closes_only_its_connection_with_4400(string why, string message)
    {
        await using var bystander = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.ReaderKey });
        await bystander.SubscribeAsync("keep", "subscription { topicCreated { createdTopic { id } } }");
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.ReaderKey });

        await ws.SendTextAsync(message);

        var (code, reason) = await ws.ClosedAsync();
        Assert.True(code == 4400, $"{why}: {code} {reason}");
        await bystander.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await bystander.ReceiveAsync())!["type"]!);
        await bystander.CloseAsync();
    }

    [Fact]
    public async Task Binary_and_oversized_messages_close_with_4400()
    {
        await using var binary = await GraphQLWsClient.ConnectAsync(_factory);
        await binary.SendBinaryAsync([1, 2, 3]);
        Assert.Equal(4400, (await binary.ClosedAsync()).Code);

        await using var large = await GraphQLWsClient.ConnectAsync(_factory);
        await large.SendTextAsync("{\"type\":\"ping\",\"payload\":{\"x\":\"" + new string('a', 70_000) + "\"}}");
        var (code, reason) = await large.ClosedAsync();
        Assert.Equal(4400, code);
        Assert.Contains("MaxMessageBytes", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_init_is_closed_with_4429_and_a_reused_id_with_4409()
    {
        await using var twice = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.ReaderKey });
        await twice.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, (await twice.ClosedAsync()).Code);

        await using var reused = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.ReaderKey });
        await reused.SubscribeAsync("same", "subscription { topicCreated { event } }");
        await reused.SubscribeAsync("same", "subscription { topicDeleted { event } }");
        Assert.Equal(4409, (await reused.ClosedAsync()).Code);
        // The connection's subscriptions are gone before its close is sent (other tests of the class close theirs too).
        Assert.Equal(0, _factory.Services.GetRequiredService<IKnowledgeGraphQL>().Subscriptions.SubscriberCount);
    }

    [Fact]
    public async Task A_connection_that_never_sends_connection_init_is_closed_with_4408()
    {
        await using var factory = new SeededApiFactory { Settings = { ["Graph:GraphQL:Subscriptions:ConnectionInitTimeout"] = "00:00:00.2" } };
        await using var ws = await GraphQLWsClient.ConnectAsync(factory);

        Assert.Equal(4408, (await ws.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var ws = await GraphQLWsClient.ConnectAsync(_factory, subprotocol: null);

        Assert.Equal(4406, (await ws.ClosedAsync()).Code);
    }
}
