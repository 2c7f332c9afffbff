namespace Graph.CurationSuite;

// Locks down curation by update and delete: connect, disconnect and edge updates on relationship fields, node fields
// set and removed, delete with cascade, and what a cited document still allows.
public abstract class CurationUpdateScenarios(ICurationStore store)
{
    private const string Evidence = CurationGraph.Evidence;

    [SkippableFact]
    public async Task Update_connects_disconnects_and_updates_edges_in_one_request()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync($$"""
            mutation {
              updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: {
                description: { set: "Signed in Astana." },
                parties: [{ disconnect: [{ where: { node: { id: { eq: "azerbaijan" } } } }] }],
                signatories: [{ update: { where: { node: { id: { eq: "kassym-jomart-tokayev" } } }, edge: { note: { set: "Signed for Kazakhstan." } } } }],
                topics: [{ connect: [{ where: { node: { id: { eq: "media" } } }, edge: { source: "{{CurationGraph.Document}}", evidence: "{{Evidence}}" } }] }]
              }) {
                info { relationshipsCreated relationshipsDeleted }
                agreements { description parties { id } topics(where: { id: { eq: "media" } }) { id } signatoriesConnection(where: { node: { id: { eq: "kassym-jomart-tokayev" } } }) { edges { properties { note evidence } } } }
              }
            }
            """);

        Assert.Null(response["errors"]);
        var update = response["data"]!["updateAgreements"]!;
        Assert.Equal(1, (int)update["info"]!["relationshipsCreated"]!);
        Assert.Equal(1, (int)update["info"]!["relationshipsDeleted"]!);
        var agreement = update["agreements"]![0]!;
        Assert.Equal("Signed in Astana.", (string)agreement["description"]!);
        Assert.Equal(["kazakhstan"], agreement["parties"]!.AsArray().Select(p => (string)p!["id"]!));
        Assert.Equal("media", (string)agreement["topics"]![0]!["id"]!);
        var edge = agreement["signatoriesConnection"]!["edges"]![0]!["properties"]!;
        Assert.Equal("Signed for Kazakhstan.", (string)edge["note"]!);
        Assert.Equal(Evidence, (string)edge["evidence"]!);
    }

    [SkippableFact]
    public async Task A_single_valued_field_is_replaced_by_disconnect_and_connect_in_one_request()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync("""
            mutation { updateMinistries(where: { id: { eq: "kazakhstan-ministry-media" } }, update: { state: [{
              disconnect: [{ where: { node: { id: { eq: "kazakhstan" } } } }],
              connect: [{ where: { node: { id: { eq: "azerbaijan" } } }, edge: { basis: "implied", note: "Test of a replacement." } }] }] }) {
              ministries { state { id } } } }
            """);

        Assert.Null(response["errors"]);
        Assert.Equal("azerbaijan", (string)response["data"]!["updateMinistries"]!["ministries"]![0]!["state"]!["id"]!);
    }

    [SkippableFact]
    public async Task Optional_fields_are_removed_with_null_and_dates_stay_dates()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync("""
            mutation { updateEvents(where: { id: { eq: "astana-talks-2023-04-12" } }, update: { description: { set: null }, date: { set: "2023-04-13" } }) { events { description date } } }
            """);

        Assert.Null(response["errors"]);
        Assert.Null(response["data"]!["updateEvents"]!["events"]![0]!["description"]);
        Assert.Equal(1, await graph.CountAsync("MATCH (e:Event {id: 'astana-talks-2023-04-12'}) WHERE e.date = date('2023-04-13') AND e.description IS NULL RETURN count(e)"));
    }

    [SkippableFact]
    public async Task Delete_with_cascade_removes_the_node_and_its_relationships()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        var relationships = await graph.CountAsync("MATCH (:State {id: 'azerbaijan'})-[r]-() RETURN count(r)");

        var response = await graph.RunAsync("mutation { deleteStates(where: { id: { eq: \"azerbaijan\" } }, cascade: true) { nodesDeleted relationshipsDeleted } }");

        Assert.Null(response["errors"]);
        Assert.Equal(1, (int)response["data"]!["deleteStates"]!["nodesDeleted"]!);
        Assert.Equal(relationships, (int)response["data"]!["deleteStates"]!["relationshipsDeleted"]!);
        Assert.Equal(0, await graph.CountAsync("MATCH (s:State {id: 'azerbaijan'}) RETURN count(s)"));
    }

    [SkippableFact]
    public async Task Delete_without_cascade_removes_a_node_that_only_has_mentions()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\", mentionedIn: { connect: [{ where: { node: { id: { eq: \"tdi-2023-04-12-tokayev-aliyev-astana\" } } } }] } }]) { topics { id } } }");
        Assert.Equal(1, await graph.CountAsync("MATCH (:Topic {id: 'energy'})-[r:MENTIONED_IN]->() RETURN count(r)"));

        var response = await graph.RunAsync("mutation { deleteTopics(where: { id: { eq: \"energy\" } }) { nodesDeleted relationshipsDeleted } }");

        Assert.Null(response["errors"]);
        Assert.Equal(1, (int)response["data"]!["deleteTopics"]!["relationshipsDeleted"]!);
    }

    [SkippableFact]
    public async Task A_cited_document_keeps_its_text_but_other_fields_may_change()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var response = await graph.RunAsync($$"""
            mutation { updateDocuments(where: { id: { eq: "{{CurationGraph.Document}}" } }, update: { title: { set: "Tokayev and Aliyev in Astana" } }) { documents { title } } }
            """);

        Assert.Null(response["errors"]);
        Assert.Equal("Tokayev and Aliyev in Astana", (string)response["data"]!["updateDocuments"]!["documents"]![0]!["title"]!);
    }

    [SkippableFact]
    public async Task An_uncited_document_may_be_rewritten_and_then_deleted()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        await graph.RunAsync("mutation { createDocuments(input: [{ id: \"draft\", name: \"Draft\", text: \"First words.\" }]) { documents { id } } }");

        var rewritten = await graph.RunAsync("mutation { updateDocuments(where: { id: { eq: \"draft\" } }, update: { text: { set: \"Second words.\" } }) { documents { text } } }");
        var deleted = await graph.RunAsync("mutation { deleteDocuments(where: { id: { eq: \"draft\" } }) { nodesDeleted } }");

        Assert.Equal("Second words.", (string)rewritten["data"]!["updateDocuments"]!["documents"]![0]!["text"]!);
        Assert.Equal(1, (int)deleted["data"]!["deleteDocuments"]!["nodesDeleted"]!);
    }
}
