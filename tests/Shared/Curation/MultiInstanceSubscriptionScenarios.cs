using System.Globalization;
using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.GraphQL;
using Graph.GraphQL.Subscriptions;

namespace Graph.CurationSuite;

// Locks down subscription events across two instances of the service over ONE database: a change made through B
// reaches A's subscribers through A's poller, in commit order, exactly once; B's own subscribers get it once; a
// rolled-back mutation publishes nothing and leaves no gap in the change numbers. Polls are called by the test, so
// nothing waits on a clock. Runs on each store (embedded here, Neo4j in Graph.Neo4j.Tests).
public abstract class MultiInstanceSubscriptionScenarios(ICurationStore store)
{
    private const string Subscription = "subscription { topicCreated { sequence createdTopic { id name } } }";

    [SkippableFact]
    public async Task A_change_through_one_instance_reaches_the_other_once_in_order_and_a_rolled_back_one_never()
    {
        await using var database = await store.SeededAsync();
        var (a, pollerA) = await InstanceAsync(database);
        var (b, pollerB) = await InstanceAsync(database);
        await using var onA = await LiveSubscription.StartAsync(a, Subscription);
        await using var onB = await LiveSubscription.StartAsync(b, Subscription);

        await RunAsync(b, "mutation { createTopics(input: [{ id: \"one\", name: \"One\" }]) { topics { id } } }");
        // Refused as a whole (the second topic has an empty name): rolled back, so nothing to publish anywhere.
        var refused = await RunAsync(b, "mutation { createTopics(input: [{ id: \"two\", name: \"Two\" }, { id: \"bad\", name: \"\" }]) { topics { id } } }");
        Assert.NotNull(refused["errors"]);
        await RunAsync(b, "mutation { createTopics(input: [{ id: \"three\", name: \"Three\" }]) { topics { id } } }");

        Assert.Equal(2, await pollerA.PollOnceAsync());
        Assert.Equal(0, await pollerA.PollOnceAsync());
        // B published its own changes when they committed; its poller skips them.
        Assert.Equal(0, await pollerB.PollOnceAsync());
        // A change through A closes both streams: a duplicate of an earlier event would come before it.
        await RunAsync(a, "mutation { createTopics(input: [{ id: \"last\", name: \"Last\" }]) { topics { id } } }");
        Assert.Equal(1, await pollerB.PollOnceAsync());
        Assert.Equal(0, await pollerA.PollOnceAsync());

        foreach (var live in new[] { onA, onB })
        {
            var received = new List<(string Id, long Sequence)>();
            for (var i = 0; i < 3; i++)
            {
                var created = (await live.NextAsync())["data"]!["topicCreated"]!;
                received.Add(((string)created["createdTopic"]!["id"]!, (long)created["sequence"]!));
            }
            Assert.Equal(["one", "three", "last"], received.Select(r => r.Id));
            // Consecutive numbers: the rolled-back mutation's number was taken again by the next commit.
            var first = received[0].Sequence;
            Assert.Equal([first, first + 1, first + 2], received.Select(r => r.Sequence));
        }
    }

    [SkippableFact]
    public async Task Relationship_events_and_dates_from_another_instance_arrive_as_the_instance_itself_would_send_them()
    {
        await using var database = await store.SeededAsync();
        var (a, pollerA) = await InstanceAsync(database);
        var (b, _) = await InstanceAsync(database);
        const string relationship =
            "subscription { agreementRelationshipCreated { event relationshipFieldName agreement { id date } createdRelationship { topics { node { id name } source evidence } } } }";
        await using var onA = await LiveSubscription.StartAsync(a, relationship);
        await using var onB = await LiveSubscription.StartAsync(b, relationship);

        await RunAsync(b, $$"""
            mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ connect: [{ where: { node: { id: { eq: "media" } } },
              edge: { source: "{{CurationGraph.Document}}", evidence: "{{CurationGraph.Evidence}}" } }] }] }) { agreements { id } } }
            """);
        Assert.Equal(2, await pollerA.PollOnceAsync());

        var local = (await onB.NextAsync()).ToJsonString();
        var remote = (await onA.NextAsync()).ToJsonString();
        Assert.Contains("\"media\"", remote, StringComparison.Ordinal);
        Assert.Contains(CurationGraph.Document, remote, StringComparison.Ordinal);
        Assert.Equal(local, remote);
    }

    [SkippableFact]
    public async Task Change_numbers_continue_above_records_written_before_the_counter()
    {
        await using var database = await store.SeededAsync();
        await database.RunAsync("CREATE (:Change {id: 'older', seq: 41})");
        var service = new KnowledgeGraphQL(database);

        await RunAsync(service, "mutation { createTopics(input: [{ id: \"one\", name: \"One\" }]) { topics { id } } }");
        await RunAsync(service, "mutation { createTopics(input: [{ id: \"two\", name: \"Two\" }]) { topics { id } } }");

        var numbers = await database.RunAsync("MATCH (c:Change) RETURN c.seq AS seq ORDER BY seq", mode: AccessMode.Read);
        Assert.Equal([41L, 42L, 43L], numbers.Records.Select(r => Convert.ToInt64(r["seq"], CultureInfo.InvariantCulture)));
    }

    /// <summary>One more instance of the service over the database, with its poller past the records already there.</summary>
    private static async Task<(KnowledgeGraphQL Service, ChangePoller Poller)> InstanceAsync(IGraphDatabase database)
    {
        var service = new KnowledgeGraphQL(database);
        var poller = new ChangePoller(database, service.Subscriptions);
        Assert.Equal(0, await poller.PollOnceAsync());
        return (service, poller);
    }

    private static async Task<JsonNode> RunAsync(KnowledgeGraphQL service, string mutation) =>
        JsonNode.Parse((await service.ExecuteAsync(Curators.AsEditor(mutation))).Json)!;
}
