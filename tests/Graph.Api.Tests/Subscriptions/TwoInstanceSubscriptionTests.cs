using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Api.GraphQL;
using Graph.Api.Tests.Support;
using Graph.Core.Store;
using Graph.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Api.Tests.Subscriptions;

// Locks down events across two instances of the web host over one store: a mutation posted to B's /graphql reaches a
// graphql-transport-ws subscriber on A (through A's poller, running as the host runs it) and one on B (B's own
// publish), each once, in commit order, with consecutive sequence numbers; a refused mutation sends nothing. The
// embedded store belongs to one process, so the two hosts share one store object here, as two instances share one
// Neo4j database; everything else (GraphQL service, subscription hub, poller, instance id) is each host's own.
public sealed class TwoInstanceSubscriptionTests
{
    private const string TopicCreated = "subscription { topicCreated { sequence createdTopic { id } } }";

    [Fact]
    public async Task A_mutation_through_one_host_reaches_subscribers_on_both_once_in_commit_order()
    {
        await using var a = new SharedStoreApiFactory(null, "host-a");
        var store = a.Services.GetRequiredService<IGraphDatabase>();
        await using var b = new SharedStoreApiFactory(store, "host-b");
        Assert.NotEqual(a.Services.GetRequiredService<IKnowledgeGraphQL>(), b.Services.GetRequiredService<IKnowledgeGraphQL>());
        // Each poller's first poll notes where the trail stands; a change committed before it would not be published.
        foreach (var host in new SeededApiFactory[] { a, b })
        {
            await host.Services.GetServices<IHostedService>().OfType<ChangePolling>().Single().Following.WaitAsync(TimeSpan.FromMinutes(1));
        }

        await using var onA = await GraphQLWsClient.ReadyAsync(a);
        await using var onB = await GraphQLWsClient.ReadyAsync(b);
        await onA.SubscribeAsync("a", TopicCreated);
        await onB.SubscribeAsync("b", TopicCreated);
        // A ping answered means the subscribe before it was taken in (messages on a socket are handled in order).
        foreach (var socket in new[] { onA, onB }) await PingAsync(socket);

        using var http = b.CreateClient();
        await MutateAsync(http, """mutation { createTopics(input: [{ id: "host-one", name: "One" }]) { topics { id } } }""", refused: false);
        // Refused as a whole (an empty name): rolled back, so it publishes nothing on either host.
        await MutateAsync(http, """mutation { createTopics(input: [{ id: "host-two", name: "Two" }, { id: "host-bad", name: "" }]) { topics { id } } }""", refused: true);
        await MutateAsync(http, """mutation { createTopics(input: [{ id: "host-three", name: "Three" }]) { topics { id } } }""", refused: false);
        await MutateAsync(http, """mutation { createTopics(input: [{ id: "host-last", name: "Last" }]) { topics { id } } }""", refused: false);

        foreach (var (socket, id) in new[] { (onA, "a"), (onB, "b") })
        {
            var received = new List<(string Topic, long Sequence)>();
            for (var i = 0; i < 3; i++)
            {
                var message = (await socket.ReceiveAsync())!;
                Assert.Equal("next", (string)message["type"]!);
                Assert.Equal(id, (string)message["id"]!);
                var created = message["payload"]!["data"]!["topicCreated"]!;
                received.Add(((string)created["createdTopic"]!["id"]!, (long)created["sequence"]!));
            }
            Assert.Equal(["host-one", "host-three", "host-last"], received.Select(r => r.Topic));
            var first = received[0].Sequence;
            Assert.Equal([first, first + 1, first + 2], received.Select(r => r.Sequence));
            // Nothing queued behind the last event (no duplicate): the next message is the answer to this ping.
            await PingAsync(socket);
        }
        Assert.Equal(3, await ChangesByAsync(store, "host-b"));
        Assert.Equal(0, await ChangesByAsync(store, "host-a"));
    }

    private static async Task PingAsync(GraphQLWsClient socket)
    {
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string)(await socket.ReceiveAsync())!["type"]!);
    }

    private static async Task MutateAsync(HttpClient client, string mutation, bool refused)
    {
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new { query = mutation })));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(refused, body["errors"] is not null);
    }

    private static async Task<long> ChangesByAsync(IGraphDatabase store, string instance) =>
        Convert.ToInt64((await store.RunAsync("MATCH (c:Change {instance: $instance}) RETURN count(c) AS n",
            new Dictionary<string, object?> { ["instance"] = instance }, AccessMode.Read)).Records[0]["n"], System.Globalization.CultureInfo.InvariantCulture);
}
