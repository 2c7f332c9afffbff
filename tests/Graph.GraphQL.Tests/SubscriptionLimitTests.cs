using System.Text.Json.Nodes;

namespace Graph.GraphQL.Tests;

// Locks down what bounds a subscription: a subscriber that lets MaxQueuedEvents events pile up is ended with
// SUBSCRIBER_TOO_SLOW while the commit and the other subscribers go on; ended and disposed subscriptions leave the
// hub; what is not a valid subscription gets one result with its errors, and over plain ExecuteAsync (HTTP) a
// subscription is refused.
public sealed class SubscriptionLimitTests
{
    private const string CreateFour = """
        mutation { createTopics(input: [{ id: "t1", name: "One" }, { id: "t2", name: "Two" }, { id: "t3", name: "Three" }, { id: "t4", name: "Four" }]) { topics { id } } }
        """;

    [Fact]
    public async Task A_subscriber_whose_queue_fills_is_ended_with_an_error_and_the_commit_and_others_go_on()
    {
        await using var database = await EmbeddedCurationStore.Instance.SeededAsync();
        var service = new KnowledgeGraphQL(database, new GraphQLOptions { Subscriptions = { MaxQueuedEvents = 3 } });
        var slow = await service.SubscribeAsync(new GraphQLRequest("subscription { topicCreated { createdTopic { id } } }"));
        await using var picky = await LiveSubscription.StartAsync(service, "subscription { topicCreated(where: { id: { eq: \"t4\" } }) { createdTopic { id } } }");
        Assert.Equal(2, service.Subscriptions.SubscriberCount);

        // Four events for a queue of three, nobody reading: the mutation still commits and returns.
        var response = JsonNode.Parse((await service.ExecuteAsync(Curators.AsEditor(CreateFour))).Json)!;

        Assert.Null(response["errors"]);
        Assert.Equal(1, service.Subscriptions.SubscriberCount);
        var errors = JsonNode.Parse(slow.ErrorsJson!)!.AsArray();
        Assert.Equal("SUBSCRIBER_TOO_SLOW", (string)errors[0]!["extensions"]!["code"]!);
        Assert.Contains("Graph:GraphQL:Subscriptions:MaxQueuedEvents", (string)errors[0]!["message"]!, StringComparison.Ordinal);
        var delivered = 0;
        await foreach (var _ in slow.ReadAllAsync()) delivered++;
        Assert.Equal(0, delivered);
        Assert.Equal("t4", (string)(await picky.NextAsync())["data"]!["topicCreated"]!["createdTopic"]!["id"]!);
        slow.Dispose();
    }

    [Fact]
    public async Task Disposed_subscriptions_leave_the_hub_and_get_nothing_more()
    {
        await using var graph = await CurationGraph.SeededAsync();
        var streams = new List<GraphQLStream>();
        for (var i = 0; i < 5; i++) streams.Add(await graph.Service.SubscribeAsync(new GraphQLRequest("subscription { topicCreated { createdTopic { id } } }")));
        Assert.Equal(5, graph.Service.Subscriptions.SubscriberCount);

        foreach (var stream in streams) stream.Dispose();
        await graph.RunAsync(CreateFour);

        Assert.Equal(0, graph.Service.Subscriptions.SubscriberCount);
        await foreach (var _ in streams[0].ReadAllAsync()) Assert.Fail("a disposed subscription got an event");
    }

    [Theory]
    [InlineData("subscription { noSuchEvent { event } }", "noSuchEvent")]
    [InlineData("subscription { topicCreated { event } stateCreated { event } }", "exactly one")]
    [InlineData("subscription { topicCreated(where: { name: { matches: \"E.*\" } }) { event } }", "where.name.matches")]
    public async Task What_is_not_a_valid_subscription_gets_one_result_with_its_errors(string document, string said)
    {
        await using var graph = await CurationGraph.SeededAsync();

        using var stream = await graph.Service.SubscribeAsync(new GraphQLRequest(document));

        var errors = JsonNode.Parse(stream.Result!.Json)!["errors"]!.AsArray();
        Assert.Contains(said, errors[0]!["message"]!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, graph.Service.Subscriptions.SubscriberCount);
    }

    [Theory]
    [InlineData("""
        subscription {
          agreementRelationshipCreated(where: { agreement: { id: { eq: "joint-declaration-2023" } },
                                                createdRelationship: { parties: { edge: { basis: { eq: "stated" } } } } }) {
            event timestamp sequence relationshipFieldName
            agreement { id name }
            createdRelationship { parties { node { __typename id name } source evidence } }
          }
        }
        """)]
    [InlineData("subscription { topicUpdated(where: { id: { startsWith: \"energy\" } }) { previousState { name } updatedTopic { name description } } }")]
    [InlineData("subscription { eventRelationshipDeleted(where: { eventNode: { name: { contains: \"Astana\" } } }) { eventNode { id } deletedRelationship { agreements { node { id } } participants { role } } } }")]
    public async Task The_documented_subscriptions_start(string document)
    {
        await using var graph = await CurationGraph.SeededAsync();

        using var stream = await graph.Service.SubscribeAsync(new GraphQLRequest(document));

        Assert.Null(stream.Result?.Json);
        Assert.Equal(1, graph.Service.Subscriptions.SubscriberCount);
    }

    [Fact]
    public async Task A_query_sent_as_a_subscription_message_gets_its_one_result()
    {
        await using var graph = await CurationGraph.SeededAsync();

        using var stream = await graph.Service.SubscribeAsync(new GraphQLRequest("{ topics(where: { id: { eq: \"media\" } }) { id } }"));

        Assert.Equal("media", (string)JsonNode.Parse(stream.Result!.Json)!["data"]!["topics"]![0]!["id"]!);
        Assert.Equal(0, graph.Service.Subscriptions.SubscriberCount);
    }

    [Fact]
    public async Task A_subscription_over_plain_execution_is_refused_with_a_clear_error()
    {
        await using var graph = await CurationGraph.SeededAsync();

        var response = await graph.RunAsync("subscription { topicCreated { event } }");

        Assert.Equal("SUBSCRIPTION_NEEDS_WEBSOCKET", (string)response["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(0, graph.Service.Subscriptions.SubscriberCount);
    }

    [Fact]
    public async Task Aliases_name_the_results_and_never_change_what_a_field_reads()
    {
        await using var graph = await CurationGraph.SeededAsync();
        await using var live = await LiveSubscription.StartAsync(graph.Service, "subscription { t: topicCreated { kind: event createdTopic { id: name name: id } } }");

        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");

        var created = (await live.NextAsync())["data"]!["t"]!;
        Assert.Equal("CREATE", (string)created["kind"]!);
        Assert.Equal("Energy", (string)created["createdTopic"]!["id"]!);
        Assert.Equal("energy", (string)created["createdTopic"]!["name"]!);
    }
}
