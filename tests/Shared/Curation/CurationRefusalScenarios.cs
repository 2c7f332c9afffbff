using System.Text.Json.Nodes;

namespace Graph.CurationSuite;

// Locks down what curation refuses: each rule of the model and of provenance answers one BAD_USER_INPUT error per
// field, and a refused request leaves the knowledge graph exactly as it was (counts and every property compared)
// with no audit record.
public abstract class CurationRefusalScenarios(ICurationStore store)
{
    private const string Document = CurationGraph.Document;
    private const string Evidence = CurationGraph.Evidence;

    public static TheoryData<string, string, string[]> Refused => new()
    {
        { "delete without where", "mutation { deleteStates { nodesDeleted relationshipsDeleted } }", ["where"] },
        { "delete with an empty where", "mutation { deleteStates(where: {}) { nodesDeleted } }", ["where"] },
        { "delete with a where without conditions", "mutation { deleteTopics(where: { AND: [] }, cascade: true) { nodesDeleted } }", ["where"] },
        { "update without where", "mutation { updateTopics(update: { description: { set: \"x\" } }) { topics { id } } }", ["where"] },
        { "required name set to null", "mutation { updateTopics(where: { id: { eq: \"media\" } }, update: { name: { set: null } }) { topics { id } } }", ["update.name"] },
        { "required name set to blank", "mutation { updateTopics(where: { id: { eq: \"media\" } }, update: { name: { set: \"  \" } }) { topics { id } } }", ["update.name"] },
        { "id not a slug, empty name, unknown basis: one error each",
            "mutation { createAgreements(input: [{ id: \"Bad Id\", name: \"\", basis: \"maybe\" }]) { agreements { id } } }",
            ["input[0].id", "input[0].name", "input[0].basis"] },
        { "id given twice", "mutation { createTopics(input: [{ id: \"energy\", name: \"Energy\" }, { id: \"energy\", name: \"Power\" }]) { topics { id } } }", ["input[0].id"] },
        { "id that exists", "mutation { createTopics(input: [{ id: \"media\", name: \"Media\" }]) { topics { id } } }", ["input[0].id"] },
        { "unknown basis on an edge",
            $$"""mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ connect: [{ where: { node: { id: { eq: "media" } } }, edge: { basis: "guessed", note: "n" } }] }] }) { agreements { id } } }""",
            ["update.topics[0].connect[0].edge.basis"] },
        { "fact without a source", FactEdge("evidence: \"x\""), ["update.topics[0].connect[0].edge.source"] },
        { "source that is no document", FactEdge($"source: \"no-such-document\", evidence: \"{Evidence}\""), ["update.topics[0].connect[0].edge.source"] },
        { "evidence not in the document", FactEdge($"source: \"{Document}\", evidence: \"Kazakhstan and Azerbaijan signed a media pact.\""), ["update.topics[0].connect[0].edge.evidence"] },
        { "fact without evidence", FactEdge($"source: \"{Document}\""), ["update.topics[0].connect[0].edge.evidence"] },
        { "implied without a note", FactEdge("basis: \"implied\""), ["update.topics[0].connect[0].edge.note"] },
        { "edge update that breaks provenance",
            $$"""mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { parties: [{ update: { where: { node: { id: { eq: "kazakhstan" } } }, edge: { evidence: { set: "Not in the text." } } } }] }) { agreements { id } } }""",
            ["update.parties[0].update.edge.evidence"] },
        { "connect matching nothing",
            $$"""mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { parties: [{ connect: [{ where: { node: { id: { eq: "atlantis" } } }, edge: { basis: "implied", note: "n" } }] }] }) { agreements { id } } }""",
            ["update.parties[0].connect[0].where"] },
        { "connect that exists already",
            $$"""mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { parties: [{ connect: [{ where: { node: { id: { eq: "kazakhstan" } } }, edge: { basis: "implied", note: "n" } }] }] }) { agreements { id } } }""",
            ["update.parties[0].connect[0]"] },
        { "disconnect without a condition",
            """mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { parties: [{ disconnect: [{ where: {} }] }] }) { agreements { id } } }""",
            ["update.parties[0].disconnect[0].where"] },
        { "a second node in a single-valued field",
            """mutation { updateMinistries(where: { id: { eq: "kazakhstan-ministry-media" } }, update: { state: [{ connect: [{ where: { node: { id: { eq: "azerbaijan" } } }, edge: { basis: "implied", note: "n" } }] }] }) { ministries { id } } }""",
            ["update.state[0].connect[0]"] },
        { "delete of a node with facts without cascade", "mutation { deleteStates(where: { id: { eq: \"azerbaijan\" } }) { nodesDeleted } }", ["where"] },
        { "delete of the cited document, even with cascade", $$"""mutation { deleteDocuments(where: { id: { eq: "{{Document}}" } }, cascade: true) { nodesDeleted } }""", ["where"] },
        { "text change of the cited document", $$"""mutation { updateDocuments(where: { id: { eq: "{{Document}}" } }, update: { text: { set: "Rewritten." } }) { documents { id } } }""", ["update.text"] },
        { "source change of the cited document", $$"""mutation { updateDocuments(where: { id: { eq: "{{Document}}" } }, update: { source: { set: "Other agency" } }) { documents { id } } }""", ["update.source"] },
        { "a refused second field rolls back the first",
            """mutation { a: createTopics(input: [{ id: "energy", name: "Energy" }]) { topics { id } } b: createTopics(input: [{ id: "water", name: "" }]) { topics { id } } }""",
            ["input[0].name"] },
    };

    [SkippableTheory]
    [MemberData(nameof(Refused))]
    public async Task Refused_request_answers_one_error_per_field_and_changes_nothing(string why, string mutation, string[] fields)
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        var before = await graph.DumpAsync();
        var counts = (await graph.CountAsync("MATCH (n) RETURN count(n)"), await graph.CountAsync("MATCH ()-[r]->() RETURN count(r)"));

        var response = await graph.RunAsync(mutation);

        var errors = response["errors"]?.AsArray() ?? throw new Xunit.Sdk.XunitException($"{why}: not refused: {response.ToJsonString()}");
        // Root fields other than the refused one only say they were rolled back.
        var input = errors.Where(e => (string?)e!["extensions"]!["code"] != "ROLLED_BACK").ToList();
        Assert.All(input, e => Assert.Equal("BAD_USER_INPUT", (string?)e!["extensions"]!["code"]));
        Assert.Equal(fields.Order(StringComparer.Ordinal), input.Select(e => (string)e!["extensions"]!["field"]!).Order(StringComparer.Ordinal));
        Assert.Null(response["data"]);
        Assert.Equal(counts, (await graph.CountAsync("MATCH (n) RETURN count(n)"), await graph.CountAsync("MATCH ()-[r]->() RETURN count(r)")));
        Assert.Equal(before, await graph.DumpAsync());
        Assert.Equal(0, await graph.CountAsync("MATCH (c:Change) RETURN count(c)"));
    }

    [SkippableFact]
    public async Task A_date_that_is_no_date_is_refused_before_execution_and_changes_nothing()
    {
        await using var graph = await CurationGraph.SeededAsync(store);
        var before = await graph.DumpAsync();

        var literal = await graph.RunAsync("mutation { createEvents(input: [{ id: \"forum\", name: \"Forum\", date: \"2023-02-30\" }]) { events { id } } }");
        var variable = await graph.RunAsync("mutation($d: Date) { updateEvents(where: { id: { eq: \"astana-talks-2023-04-12\" } }, update: { date: { set: $d } }) { events { id } } }",
            new Dictionary<string, object?> { ["d"] = "12 April 2023" });

        // The Date scalar itself refuses it (GraphQL coercion, before any resolver), naming the field and the type.
        Assert.Contains("date", Message(literal), StringComparison.Ordinal);
        Assert.Contains("Date", Message(literal), StringComparison.Ordinal);
        Assert.Null(literal["data"]);
        Assert.NotNull(variable["errors"]);
        Assert.Null(variable["data"]);
        Assert.Equal(before, await graph.DumpAsync());
    }

    [SkippableFact]
    public async Task Refusals_say_why_with_counts()
    {
        await using var graph = await CurationGraph.SeededAsync(store);

        var facts = Message(await graph.RunAsync("mutation { deleteStates(where: { id: { eq: \"azerbaijan\" } }) { nodesDeleted } }"));
        var cited = Message(await graph.RunAsync($$"""mutation { deleteDocuments(where: { id: { eq: "{{Document}}" } }) { nodesDeleted } }"""));
        var everything = Message(await graph.RunAsync("mutation { deleteStates { nodesDeleted } }"));

        var factCount = await graph.CountAsync("MATCH (s:State {id: 'azerbaijan'})-[r]-() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r)");
        Assert.Contains($"still has {factCount} fact relationships", facts, StringComparison.Ordinal);
        Assert.Contains("cascade: true", facts, StringComparison.Ordinal);
        var citations = await graph.CountAsync($"MATCH ()-[r]->() WHERE r.source = '{Document}' RETURN count(r)");
        Assert.Contains($"source of {citations} relationships", cited, StringComparison.Ordinal);
        Assert.Contains("needs a where", everything, StringComparison.Ordinal);
    }

    private static string FactEdge(string edge) =>
        $$"""mutation { updateAgreements(where: { id: { eq: "joint-declaration-2023" } }, update: { topics: [{ connect: [{ where: { node: { id: { eq: "media" } } }, edge: { {{edge}} } }] }] }) { agreements { id } } }""";

    private static string Message(JsonNode response) => (string)response["errors"]![0]!["message"]!;
}
