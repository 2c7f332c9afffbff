using System.Text.Json.Nodes;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests;

// Locks down ingestion and review over GraphQL: ingestDocument and the review mutations need the editor role and are
// recorded in the audit trail; proposals are invisible as facts until accepted; rejected ones stay rejected.
public sealed class IngestionTests
{
    private static readonly GraphQLCaller Editor = GraphQLCaller.Of("ed", Roles.Editor);
    private static readonly GraphQLCaller Reader = GraphQLCaller.Of("rita", Roles.Reader);

    private const string Report =
        "Baku, 15 August 2024: President of Azerbaijan, Ilham Aliyev, met with the Kazakh delegation. " +
        "The two leaders signed the Joint Declaration in Baku.";

    [Fact]
    public async Task Ingest_accept_and_reject_through_GraphQL_with_roles_and_the_audit_trail()
    {
        await using var database = await EntitiesOnlyAsync();
        var service = new KnowledgeGraphQL(database);

        var anonymous = await RunAsync(service, null, IngestMutation);
        Assert.Equal("UNAUTHENTICATED", (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
        var forbidden = await RunAsync(service, Reader, "{ proposals { id } }");
        Assert.Equal("FORBIDDEN", (string)forbidden["errors"]![0]!["extensions"]!["code"]!);

        var ingested = await RunAsync(service, Editor, IngestMutation);
        Assert.Null(ingested["errors"]);
        Assert.True((bool)ingested["data"]!["ingestDocument"]!["created"]!);
        Assert.Equal(2, (int)ingested["data"]!["ingestDocument"]!["sentences"]!);
        var again = await RunAsync(service, Editor, IngestMutation);
        Assert.False((bool)again["data"]!["ingestDocument"]!["created"]!);

        var listed = await RunAsync(service, Editor, "{ proposals { id type from to evidence status } }");
        var proposals = listed["data"]!["proposals"]!.AsArray();
        var leads = proposals.Single(p => (string)p!["type"]! == "LEADS" && (string)p["from"]! == "Leader:ilham-aliyev")!;
        Assert.Equal("Baku, 15 August 2024: President of Azerbaijan, Ilham Aliyev, met with the Kazakh delegation.", (string)leads["evidence"]!);
        var signed = proposals.Single(p => (string)p!["type"]! == "SIGNED")!;

        // Proposed is not fact: GraphQL reads do not show it.
        var before = await RunAsync(service, null, "{ leaders(where: { id: { eq: \"ilham-aliyev\" } }) { leads { id } } }");
        Assert.Empty(before["data"]!["leaders"]![0]!["leads"]!.AsArray());

        var accepted = await RunAsync(service, Editor, $$"""mutation { acceptProposal(id: "{{leads["id"]}}", edit: { properties: "{\"role\": \"Head of State\"}" }) { status reviewedBy } }""");
        Assert.Null(accepted["errors"]);
        Assert.Equal("accepted", (string)accepted["data"]!["acceptProposal"]!["status"]!);
        Assert.Equal("ed", (string)accepted["data"]!["acceptProposal"]!["reviewedBy"]!);
        var after = await RunAsync(service, null, "{ leaders(where: { id: { eq: \"ilham-aliyev\" } }) { leadsConnection { edges { properties { role source evidence } node { id } } } } }");
        var edge = after["data"]!["leaders"]![0]!["leadsConnection"]!["edges"]![0]!;
        Assert.Equal("azerbaijan", (string)edge["node"]!["id"]!);
        Assert.Equal("Head of State", (string)edge["properties"]!["role"]!);
        Assert.Equal("baku-report", (string)edge["properties"]!["source"]!);

        var rejected = await RunAsync(service, Editor, $$"""mutation { rejectProposal(id: "{{signed["id"]}}", reason: "The declaration was signed in 2023.") { status reason } }""");
        Assert.Equal("rejected", (string)rejected["data"]!["rejectProposal"]!["status"]!);
        var twice = await RunAsync(service, Editor, $$"""mutation { acceptProposal(id: "{{signed["id"]}}") { status } }""");
        Assert.Equal("ALREADY_REVIEWED", (string)twice["errors"]![0]!["extensions"]!["code"]!);

        // The same sentence in another report does not revive the rejected proposal.
        var other = await RunAsync(service, Editor, """mutation { ingestDocument(input: { id: "baku-update", text: "Update. The two leaders signed the Joint Declaration in Baku.", publishedAt: "2024-08-16" }) { created } }""");
        Assert.Null(other["errors"]);
        var status = await database.RunAsync("MATCH (p:Proposal {id: $id}) RETURN p.status AS s", new Dictionary<string, object?> { ["id"] = (string)signed["id"]! }, AccessMode.Read);
        Assert.Equal("rejected", status.Records[0]["s"]);

        var changes = await RunAsync(service, Editor, "{ changes { edges { node { actor operation ids } } } }");
        var operations = changes["data"]!["changes"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["operation"]!).ToList();
        Assert.Equal(["ingestDocument", "rejectProposal", "acceptProposal", "ingestDocument"], operations);
        Assert.All(changes["data"]!["changes"]!["edges"]!.AsArray(), e => Assert.Equal("ed", (string)e!["node"]!["actor"]!));
    }

    [Fact]
    public async Task Bad_input_gets_a_coded_error_and_changes_nothing()
    {
        await using var database = await EntitiesOnlyAsync();
        var service = new KnowledgeGraphQL(database);

        var empty = await RunAsync(service, Editor, """mutation { ingestDocument(input: { text: "   " }) { created } }""");
        Assert.Equal("BAD_USER_INPUT", (string)empty["errors"]![0]!["extensions"]!["code"]!);
        var badId = await RunAsync(service, Editor, """mutation { ingestDocument(input: { text: "Astana is a city.", id: "Not A Slug" }) { created } }""");
        Assert.Equal("BAD_USER_INPUT", (string)badId["errors"]![0]!["extensions"]!["code"]!);
        var missing = await RunAsync(service, Editor, """mutation { acceptProposal(id: "prop-none") { status } }""");
        Assert.Equal("NOT_FOUND", (string)missing["errors"]![0]!["extensions"]!["code"]!);

        await RunAsync(service, Editor, IngestMutation);
        var id = (string)(await RunAsync(service, Editor, "{ proposals { id type } }"))["data"]!["proposals"]!.AsArray().First(p => (string)p!["type"]! == "LEADS")!["id"]!;
        var wrongEnd = await RunAsync(service, Editor, $$"""mutation { acceptProposal(id: "{{id}}", edit: { to: "Topic:media" }) { status } }""");
        Assert.Equal("BAD_USER_INPUT", (string)wrongEnd["errors"]![0]!["extensions"]!["code"]!);
        var notVerbatim = await RunAsync(service, Editor, $$"""mutation { acceptProposal(id: "{{id}}", edit: { evidence: "Aliyev leads Azerbaijan." }) { status } }""");
        Assert.Equal("BAD_USER_INPUT", (string)notVerbatim["errors"]![0]!["extensions"]!["code"]!);
        var leads = await database.RunAsync("MATCH ()-[r:LEADS]->() RETURN count(r) AS n", mode: AccessMode.Read);
        Assert.Equal(0L, leads.Records[0]["n"]);
    }

    [Fact]
    public async Task Candidates_become_entities_or_chosen_mentions_and_rejected_names_stay_rejected()
    {
        await using var database = await EntitiesOnlyAsync();
        var service = new KnowledgeGraphQL(database);
        await RunAsync(service, Editor, """mutation { ingestDocument(input: { id: "astana-visit", publishedAt: "2024-05-02", text: "Talks opened. Prime Minister Olzhas Bektenov visited the Ministry of Transport in Astana. Aliyev spoke later." }) { created } }""");

        var listed = (await RunAsync(service, Editor, "{ candidates { id kind text label alternatives evidence } }"))["data"]!["candidates"]!.AsArray();
        var person = listed.Single(c => (string)c!["text"]! == "Olzhas Bektenov")!;
        var ministry = listed.Single(c => (string)c!["text"]! == "Ministry of Transport")!;
        var aliyev = listed.Single(c => (string)c!["kind"]! == "mention")!;
        Assert.Equal("Leader", (string)person["label"]!);
        Assert.Equal("Ministry", (string)ministry["label"]!);
        Assert.Equal(["Leader:heydar-aliyev", "Leader:ilham-aliyev"], aliyev["alternatives"]!.AsArray().Select(a => (string)a!).Order());
        Assert.Equal("Prime Minister Olzhas Bektenov visited the Ministry of Transport in Astana.", (string)person["evidence"]!);

        var created = await RunAsync(service, Editor, $$"""mutation { acceptCandidate(id: "{{person["id"]}}") { status entity } }""");
        Assert.Equal("Leader:olzhas-bektenov", (string)created["data"]!["acceptCandidate"]!["entity"]!);
        var unchosen = await RunAsync(service, Editor, $$"""mutation { acceptCandidate(id: "{{aliyev["id"]}}") { status } }""");
        Assert.Equal("BAD_USER_INPUT", (string)unchosen["errors"]![0]!["extensions"]!["code"]!);
        await RunAsync(service, Editor, $$"""mutation { acceptCandidate(id: "{{aliyev["id"]}}", edit: { entity: "Leader:ilham-aliyev" }) { status } }""");
        await RunAsync(service, Editor, $$"""mutation { rejectCandidate(id: "{{ministry["id"]}}", reason: "Which state's ministry is unclear.") { status } }""");

        var mentions = await RunAsync(service, null, """{ documents(where: { id: { eq: "astana-visit" } }) { mentions { __typename ... on Leader { id } } } }""");
        var ids = mentions["data"]!["documents"]![0]!["mentions"]!.AsArray().Where(m => m!["id"] is not null).Select(m => (string)m!["id"]!).Order();
        Assert.Equal(["ilham-aliyev", "olzhas-bektenov"], ids);

        await RunAsync(service, Editor, """mutation { ingestDocument(input: { id: "later-report", text: "Officials met at the Ministry of Transport again." }) { created } }""");
        var status = await database.RunAsync("MATCH (c:Candidate {id: $id}) RETURN c.status AS s, c.sources AS sources", new Dictionary<string, object?> { ["id"] = (string)ministry["id"]! }, AccessMode.Read);
        Assert.Equal("rejected", status.Records[0]["s"]);
        var trail = await RunAsync(service, Editor, "{ changes { edges { node { operation } } } }");
        Assert.Equal(["ingestDocument", "rejectCandidate", "acceptCandidate", "acceptCandidate", "ingestDocument"],
            trail["data"]!["changes"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["operation"]!));
    }

    private const string IngestMutation =
        $$"""mutation { ingestDocument(input: { id: "baku-report", title: "Baku talks", publishedAt: "2024-08-15", text: "{{Report}}" }) { documentId created sentences mentionedEntities proposals } }""";

    private static async Task<JsonNode> RunAsync(KnowledgeGraphQL service, GraphQLCaller? caller, string query) =>
        JsonNode.Parse((await service.ExecuteAsync(new GraphQLRequest(query, Caller: caller))).Json)!;

    private static async Task<IGraphDatabase> EntitiesOnlyAsync()
    {
        var database = new EmbeddedGraphDatabase();
        foreach (var file in new[] { "schema.cypher", Path.Combine("seed", "02-entities.cypher") })
        {
            foreach (var statement in Graph.Core.Scripts.CypherScript.Split(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Cypher, file)))) await database.RunAsync(statement.Text);
        }
        return database;
    }
}
