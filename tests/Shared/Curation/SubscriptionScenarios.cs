using System.Text.Json.Nodes;

namespace Graph.CurationSuite;

// Locks down subscription events from the service's own commits: created/updated/deleted events per entity type and
// relationship created/deleted events with their edge properties, where filters, commit order across mutations, and
// nothing from a mutation that was refused (rolled back). Runs on each store (embedded here, Neo4j in Graph.Neo4j.Tests).
public abstract class SubscriptionScenarios(ICurationStore store)
{
    private const string Evidence = CurationGraph.Evidence;

    [SkippableFact]
    public async Task Create_update_and_delete_each_give_their_event_with_the_node()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await using var created = await LiveSubscription.StartAsync(graph.Service, "subscription { topicCreated { event timestamp sequence createdTopic { id name } } }");
        await using var updated = await LiveSubscription.StartAsync(graph.Service, "subscription { topicUpdated { event previousState { name } updatedTopic { id name description } } }");
        await using var deleted = await LiveSubscription.StartAsync(graph.Service, "subscription { topicDeleted { event deletedTopic { id name description } } }");

        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");
        await graph.RunAsync("mutation { updateTopics(where: { id: { eq: \"energy\" } }, update: { name: { set: \"Energy cooperation\" }, description: { set: \"Oil and gas.\" } }) { topics { id } } }");
        await graph.RunAsync("mutation { deleteTopics(where: { id: { eq: \"energy\" } }) { nodesDeleted } }");

        var create = (await created.NextAsync())["data"]!["topicCreated"]!;
        Assert.Equal("CREATE", (string)create["event"]!);
        Assert.Equal("Energy", (string)create["createdTopic"]!["name"]!);
        Assert.True((double)create["timestamp"]! > 1.7e12);
        var update = (await updated.NextAsync())["data"]!["topicUpdated"]!;
        Assert.Equal("UPDATE", (string)update["event"]!);
        Assert.Equal("Energy", (string)update["previousState"]!["name"]!);
        Assert.Equal("Energy cooperation", (string)update["updatedTopic"]!["name"]!);
        Assert.Equal("Oil and gas.", (string)update["updatedTopic"]!["description"]!);
        var delete = (await deleted.NextAsync())["data"]!["topicDeleted"]!;
        Assert.Equal("DELETE", (string)delete["event"]!);
        Assert.Equal("energy", (string)delete["deletedTopic"]!["id"]!);
        Assert.Equal("Oil and gas.", (string)delete["deletedTopic"]!["description"]!);
    }

    [SkippableFact]
    public async Task Connect_and_disconnect_give_relationship_events_with_edge_properties_at_both_ends()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        const string selection = "event relationshipFieldName agreement { id } createdRelationship { topics { node { id name } source evidence basis } }";
        await using var agreementSide = await LiveSubscription.StartAsync(graph.Service, $"subscription {{ agreementRelationshipCreated {{ {selection} }} }}");
        await using var topicSide = await LiveSubscription.StartAsync(graph.Service,
            "subscription { topicRelationshipCreated { relationshipFieldName topic { id } createdRelationship { agreements { node { id } evidence } } } }");
        await using var removed = await LiveSubscription.StartAsync(graph.Service,
            "subscription { agreementRelationshipDeleted { event relationshipFieldName deletedRelationship { parties { node { __typename id name } source evidence } } } }");

        await graph.RunAsync($$"""
            mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: {
              topics: [{ connect: [{ where: { node: { id: { eq: "media" } } }, edge: { source: "{{CurationGraph.Document}}", evidence: "{{Evidence}}" } }] }],
              parties: [{ disconnect: [{ where: { node: { id: { eq: "azerbaijan" } } } }] }] }) { agreements { id } } }
            """);

        var fromAgreement = (await agreementSide.NextAsync())["data"]!["agreementRelationshipCreated"]!;
        Assert.Equal("CREATE_RELATIONSHIP", (string)fromAgreement["event"]!);
        Assert.Equal("topics", (string)fromAgreement["relationshipFieldName"]!);
        Assert.Equal("joint-declaration-2023", (string)fromAgreement["agreement"]!["id"]!);
        var topic = fromAgreement["createdRelationship"]!["topics"]!;
        Assert.Equal("media", (string)topic["node"]!["id"]!);
        Assert.Equal(CurationGraph.Document, (string)topic["source"]!);
        Assert.Equal(Evidence, (string)topic["evidence"]!);

        var fromTopic = (await topicSide.NextAsync())["data"]!["topicRelationshipCreated"]!;
        Assert.Equal("agreements", (string)fromTopic["relationshipFieldName"]!);
        Assert.Equal("media", (string)fromTopic["topic"]!["id"]!);
        Assert.Equal("joint-declaration-2023", (string)fromTopic["createdRelationship"]!["agreements"]!["node"]!["id"]!);

        var gone = (await removed.NextAsync())["data"]!["agreementRelationshipDeleted"]!;
        Assert.Equal("DELETE_RELATIONSHIP", (string)gone["event"]!);
        Assert.Equal("parties", (string)gone["relationshipFieldName"]!);
        var party = gone["deletedRelationship"]!["parties"]!;
        Assert.Equal("StateEventPayload", (string)party["node"]!["__typename"]!);
        Assert.Equal("azerbaijan", (string)party["node"]!["id"]!);
        Assert.False(string.IsNullOrEmpty((string?)party["evidence"]), "the deleted relationship's evidence comes with the event");
    }

    [SkippableFact]
    public async Task A_cascading_delete_gives_the_deleted_relationships_too()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await using var removed = await LiveSubscription.StartAsync(graph.Service,
            "subscription { topicRelationshipDeleted(where: { topic: { id: { eq: \"media\" } } }) { relationshipFieldName deletedRelationship { agreements { node { id } evidence } } } }");
        await using var deleted = await LiveSubscription.StartAsync(graph.Service, "subscription { topicDeleted { sequence deletedTopic { id } } }");

        await graph.RunAsync("mutation { deleteTopics(where: { id: { eq: \"media\" } }, cascade: true) { nodesDeleted } }");

        var relationship = (await removed.NextAsync())["data"]!["topicRelationshipDeleted"]!;
        Assert.Equal("agreements", (string)relationship["relationshipFieldName"]!);
        Assert.NotNull((string?)relationship["deletedRelationship"]!["agreements"]!["node"]!["id"]);
        Assert.Equal("media", (string)(await deleted.NextAsync())["data"]!["topicDeleted"]!["deletedTopic"]!["id"]!);
    }

    [SkippableFact]
    public async Task Where_takes_only_the_matching_events()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await using var filtered = await LiveSubscription.StartAsync(graph.Service,
            "subscription { topicCreated(where: { name: { startsWith: \"Ener\" }, NOT: { id: { eq: \"energy-old\" } } }) { createdTopic { id } } }");
        await using var byEdge = await LiveSubscription.StartAsync(graph.Service, """
            subscription { agreementRelationshipCreated(where: { agreement: { id: { eq: "joint-declaration-2023" } },
              createdRelationship: { topics: { node: { id: { in: ["energy"] } }, edge: { basis: { eq: "implied" } } } } }) {
              createdRelationship { topics { node { id } note } } } }
            """);

        await graph.RunAsync("mutation { createTopics(input: [{ id: \"water\", name: \"Water\" }]) { topics { id } } }");
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy-old\", name: \"Energy (old)\" }]) { topics { id } } }");
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }]) { topics { id } } }");
        await ConnectTopicAsync(graph, "water", "basis: \"implied\", note: \"other topic\"");
        await ConnectTopicAsync(graph, "energy", $"source: \"{CurationGraph.Document}\", evidence: \"{Evidence}\"");
        await graph.RunAsync("""
            mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ disconnect: [{ where: { node: { id: { eq: "energy" } } } }] }] }) { agreements { id } } }
            """);
        await ConnectTopicAsync(graph, "energy", "basis: \"implied\", note: \"wanted\"");

        Assert.Equal("energy", (string)(await filtered.NextAsync())["data"]!["topicCreated"]!["createdTopic"]!["id"]!);
        var connected = (await byEdge.NextAsync())["data"]!["agreementRelationshipCreated"]!["createdRelationship"]!["topics"]!;
        Assert.Equal("wanted", (string)connected["note"]!);
        Assert.Equal(2, graph.Service.Subscriptions.SubscriberCount);
    }

    [SkippableFact]
    public async Task Events_arrive_in_commit_order_and_a_refused_mutation_publishes_nothing()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await using var events = await LiveSubscription.StartAsync(graph.Service, "subscription { topicCreated { sequence createdTopic { id } } }");

        await graph.RunAsync("mutation { createTopics(input: [{ id: \"one\", name: \"One\" }]) { topics { id } } }");
        // Refused as a whole (the second topic has an empty name): nothing committed, so nothing published.
        var refused = await graph.RunAsync("mutation { createTopics(input: [{ id: \"two\", name: \"Two\" }, { id: \"bad\", name: \"\" }]) { topics { id } } }");
        Assert.NotNull(refused["errors"]);
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"three\", name: \"Three\" }, { id: \"four\", name: \"Four\" }]) { topics { id } } }");
        await graph.RunAsync("mutation { a: createTopics(input: [{ id: \"five\", name: \"Five\" }]) { topics { id } } b: createTopics(input: [{ id: \"six\", name: \"Six\" }]) { topics { id } } }");

        var received = new List<(string Id, long Sequence)>();
        for (var i = 0; i < 5; i++)
        {
            var created = (await events.NextAsync())["data"]!["topicCreated"]!;
            received.Add(((string)created["createdTopic"]!["id"]!, (long)created["sequence"]!));
        }
        Assert.Equal(["one", "four", "three", "five", "six"], received.Select(r => r.Id));
        var trail = (await graph.ChangesAsync()).Select(c => Convert.ToInt64(c["seq"], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(trail, received.Select(r => r.Sequence).Distinct());
    }

    private static Task<JsonNode> ConnectTopicAsync(CurationGraph graph, string topic, string edge) => graph.RunAsync($$"""
        mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ connect: [{ where: { node: { id: { eq: "{{topic}}" } } }, edge: { {{edge}} } }] }] }) { agreements { id } } }
        """);
}
