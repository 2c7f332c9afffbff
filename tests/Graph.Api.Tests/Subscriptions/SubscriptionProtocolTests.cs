using System.Text.Json;
using Graph.Api.GraphQL.WebSockets;
using Graph.Api.Tests.Support;
using Graph.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Subscriptions;

// Locks down /graphql over WebSocket (graphql-transport-ws): init/ack, subscribe → next per committed mutation,
// complete from either side, ping/pong, queries and mutations as one next + complete; a connection that ends (closed
// or dropped) leaves no subscription in the hub; per-connection and total limits.
public sealed class SubscriptionProtocolTests : IClassFixture<SeededApiFactory>
{
    private const string TopicCreated = "subscription { topicCreated { event createdTopic { id name } } }";
    private readonly SeededApiFactory _factory;

    public SubscriptionProtocolTests(SeededApiFactory factory) => _factory = factory;

    private IKnowledgeGraphQL Service => _factory.Services.GetRequiredService<IKnowledgeGraphQL>();

    [Fact]
    public async Task A_subscription_receives_the_event_of_a_committed_mutation_and_stops_on_complete()
    {
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory);
        await ws.SubscribeAsync("1", TopicCreated);
        await ws.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await ws.ReceiveAsync())!["type"]!);

        await MutateAsync("""mutation { createTopics(input: [{ id: "ws-energy", name: "Energy" }]) { topics { id } } }""");

        var next = (await ws.ReceiveAsync())!;
        Assert.Equal("next", (string)next["type"]!);
        Assert.Equal("1", (string)next["id"]!);
        Assert.Equal("Energy", (string)next["payload"]!["data"]!["topicCreated"]!["createdTopic"]!["name"]!);

        var before = Service.Subscriptions.SubscriberCount;
        await ws.SendAsync(new { type = "complete", id = "1" });
        await ws.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await ws.ReceiveAsync())!["type"]!);
        Assert.Equal(before - 1, Service.Subscriptions.SubscriberCount);
        await ws.CloseAsync();
    }

    [Fact]
    public async Task A_query_and_a_mutation_over_the_socket_answer_once_and_complete()
    {
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory, new Dictionary<string, string> { ["X-Api-Key"] = TestSignIn.EditorKey });

        await ws.SubscribeAsync("q", """{ topics(where: { id: { eq: "media" } }) { id } }""");
        var answer = (await ws.ReceiveAsync())!;
        Assert.Equal("next", (string)answer["type"]!);
        Assert.Equal("media", (string)answer["payload"]!["data"]!["topics"]![0]!["id"]!);
        Assert.Equal("complete", (string)(await ws.ReceiveAsync())!["type"]!);

        await ws.SubscribeAsync("m", """mutation { createTopics(input: [{ id: "ws-water", name: "Water" }]) { topics { id } } }""");
        Assert.Equal("ws-water", (string)(await ws.ReceiveAsync())!["payload"]!["data"]!["createTopics"]!["topics"]![0]!["id"]!);
        Assert.Equal("complete", (string)(await ws.ReceiveAsync())!["type"]!);
        await ws.CloseAsync();
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_and_the_connection_stays_open()
    {
        await using var ws = await GraphQLWsClient.ReadyAsync(_factory);

        await ws.SubscribeAsync("bad", "subscription { topicCreated { noSuchField } }");
        var error = (await ws.ReceiveAsync())!;
        Assert.Equal("error", (string)error["type"]!);
        Assert.Equal("bad", (string)error["id"]!);
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.ToString(), StringComparison.Ordinal);

        await ws.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await ws.ReceiveAsync())!["type"]!);
        await ws.CloseAsync();
    }

    [Fact]
    public async Task Closing_or_dropping_a_connection_mid_stream_leaves_no_subscriber_behind()
    {
        var sockets = _factory.Services.GetRequiredService<GraphQLWebSockets>();
        var baseline = Service.Subscriptions.SubscriberCount;
        var closed = await GraphQLWsClient.ReadyAsync(_factory);
        var dropped = await GraphQLWsClient.ReadyAsync(_factory);
        for (var i = 0; i < 3; i++)
        {
            await closed.SubscribeAsync($"c{i}", TopicCreated);
            await dropped.SubscribeAsync($"d{i}", TopicCreated);
        }
        // A subscribe message is registered by the server after the client has sent it: wait for all six before the
        // mutation, or a late one misses the event and the count below races the registration.
        await SubscribersAsync(baseline + 6);
        await MutateAsync("""mutation { createTopics(input: [{ id: "ws-mid", name: "Mid" }]) { topics { id } } }""");
        Assert.Equal("next", (string)(await closed.ReceiveAsync())!["type"]!);
        Assert.Equal("next", (string)(await dropped.ReceiveAsync())!["type"]!);
        Assert.Equal(baseline + 6, Service.Subscriptions.SubscriberCount);

        // The server disposes a connection's subscriptions before it answers the close.
        await closed.CloseAsync();
        Assert.Equal(baseline + 3, Service.Subscriptions.SubscriberCount);

        dropped.Abort();
        await sockets.WhenIdleAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, Service.Subscriptions.SubscriberCount);
        await closed.DisposeAsync();
        await dropped.DisposeAsync();
    }

    /// <summary>Waits (bounded) until the hub holds this many subscribers; the test's assertions come after.</summary>
    private async Task SubscribersAsync(int expected)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (Service.Subscriptions.SubscriberCount < expected && !giveUp.IsCancellationRequested) await Task.Delay(10);
    }

    [Fact]
    public async Task A_connection_runs_at_most_the_configured_number_of_operations()
    {
        await using var factory = new SeededApiFactory { Settings = { ["Graph:GraphQL:Subscriptions:MaxSubscriptionsPerConnection"] = "2" } };
        await using var ws = await GraphQLWsClient.ReadyAsync(factory);

        await ws.SubscribeAsync("a", TopicCreated);
        await ws.SubscribeAsync("b", TopicCreated);
        await ws.SubscribeAsync("c", TopicCreated);

        var refused = (await ws.ReceiveAsync())!;
        Assert.Equal("error", (string)refused["type"]!);
        Assert.Equal("c", (string)refused["id"]!);
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", (string)refused["payload"]![0]!["extensions"]!["code"]!);
        Assert.Equal(2, factory.Services.GetRequiredService<IKnowledgeGraphQL>().Subscriptions.SubscriberCount);
        await ws.CloseAsync();
    }

    [Fact]
    public async Task Connections_past_the_limit_are_refused_before_the_upgrade()
    {
        await using var factory = new SeededApiFactory { Settings = { ["Graph:GraphQL:Subscriptions:MaxConnections"] = "1" } };
        await using var first = await GraphQLWsClient.ReadyAsync(factory);

        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => GraphQLWsClient.ConnectAsync(factory));

        Assert.Contains("503", refusal.Message, StringComparison.Ordinal);
        await first.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await first.ReceiveAsync())!["type"]!);
        await first.CloseAsync();
    }

    private async Task MutateAsync(string mutation)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new { query = mutation })));
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }
}
