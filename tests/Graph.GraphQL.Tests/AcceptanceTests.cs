using Graph.Core.Store;
using Graph.GraphQL.Tests.Support;

namespace Graph.GraphQL.Tests;

// Locks down issue 4's acceptance query and the core answers against the seed, compared with plain Cypher over the same graph.
[Collection(SeededGraphCollection.Name)]
public sealed class AcceptanceTests(SeededGraph graph)
{
    [Fact]
    public async Task Ministries_query_returns_every_ministry_of_the_seed_with_its_agreements()
    {
        var service = new KnowledgeGraphQL(graph.Database);

        var result = await service.ExecuteAsync(new GraphQLRequest("{ ministries { name agreements { name date parties { name } } } }"));

        var body = Examples.Parse(result.Json);
        Assert.Null(body["errors"]);
        var actual = body["data"]!["ministries"]!.AsArray()
            .ToDictionary(m => (string)m!["name"]!, m => m!["agreements"]!.AsArray().Select(a => (string)a!["name"]!).Order().ToList());

        var expected = await graph.Database.RunAsync(
            "MATCH (m:Ministry) OPTIONAL MATCH (m)-[:PARTY_TO]->(a:Agreement) RETURN m.name AS ministry, collect(a.name) AS agreements", mode: AccessMode.Read);
        Assert.Equal(expected.Records.Count, actual.Count);
        Assert.True(actual.Count >= 10, "The seed names ten ministries.");
        foreach (var record in expected.Records)
        {
            var names = ((IEnumerable<object?>)record["agreements"]!).Cast<string>().Order().ToList();
            Assert.Equal(names, actual[(string)record["ministry"]!]);
        }
        Assert.All(actual.Values, agreements => Assert.NotEmpty(agreements));
    }

    [Fact]
    public async Task Agreement_dates_come_back_as_ISO_dates_and_state_parties_by_typename()
    {
        var service = new KnowledgeGraphQL(graph.Database);

        var result = await service.ExecuteAsync(new GraphQLRequest(
            "{ agreements(where: { id: { eq: \"mou-media-2023\" } }) { date parties(where: { typename: [State] }, sort: [{ name: ASC }]) { name } } }"));

        var agreement = Examples.Parse(result.Json)["data"]!["agreements"]![0]!;
        Assert.Equal("2023-04-12", (string)agreement["date"]!);
        Assert.Equal(["Azerbaijan", "Kazakhstan"], agreement["parties"]!.AsArray().Select(p => (string)p!["name"]!));
    }

    [Fact]
    public async Task A_deep_query_runs_as_exactly_one_statement()
    {
        var counting = new RecordingGraphDatabase(graph.Database);
        var service = new KnowledgeGraphQL(counting);
        const string deep = """
            { states { name
                agreements { name signatories { name leads { name ministries { agreements { topics { name } } } } } }
                tradePartnersConnection { totalCount edges { properties { volumeUsd } node { name leadersAggregate { count } } } } }
              agreementsAggregate { count } }
            """;

        var result = await service.ExecuteAsync(new GraphQLRequest(deep));

        Assert.True(Examples.Parse(result.Json)["errors"] is null, result.Json);
        Assert.Single(counting.Calls);
    }

    [Theory]
    [MemberData(nameof(TranslationCases.QueryNames), MemberType = typeof(TranslationCases))]
    public async Task Every_translation_case_runs_on_the_embedded_engine(string name)
    {
        var service = new KnowledgeGraphQL(graph.Database, new GraphQLOptions { EnableRegex = true });

        var result = await service.ExecuteAsync(TestRequests.For(TranslationCases.Get(name)));

        Assert.Equal(GraphQLOutcome.Executed, result.Outcome);
        Assert.True(Examples.Parse(result.Json)["errors"] is null, result.Json);
    }

    [Fact]
    public async Task Filters_agree_with_plain_Cypher()
    {
        var service = new KnowledgeGraphQL(graph.Database);

        var result = await service.ExecuteAsync(new GraphQLRequest(
            "{ agreements(where: { parties: { some: { id: { eq: \"azerbaijan\" } } }, establishes: { none: {} }, NOT: { kind: { eq: \"Declaration\" } } }) { id } }"));

        var actual = Examples.Parse(result.Json)["data"]!["agreements"]!.AsArray().Select(a => (string)a!["id"]!).Order().ToList();
        var expected = await graph.Database.RunAsync(
            "MATCH (s:State {id: 'azerbaijan'})-[:PARTY_TO]->(a:Agreement) WHERE NOT (a)-[:ESTABLISHES]->(:Organization) AND NOT coalesce(a.kind = 'Declaration', false) RETURN DISTINCT a.id AS id",
            mode: AccessMode.Read);
        Assert.Equal(expected.Records.Select(r => (string)r["id"]!).Order(), actual);
        Assert.NotEmpty(actual);
    }

    [Fact]
    public async Task Connection_pages_follow_each_other_through_cursors()
    {
        var service = new KnowledgeGraphQL(graph.Database);
        const string page = "query($after: String) { agreementsConnection(first: 4, after: $after, sort: [{ id: ASC }]) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }";

        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var json = (await service.ExecuteAsync(new GraphQLRequest(page, Variables: new Dictionary<string, object?> { ["after"] = after }))).Json;
            var connection = Examples.Parse(json)["data"]!["agreementsConnection"]!;
            ids.AddRange(connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            Assert.Equal(pages > 0, (bool)connection["pageInfo"]!["hasPreviousPage"]!);
            pages++;
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!) break;
            after = (string)connection["pageInfo"]!["endCursor"]!;
        }

        var all = await graph.Database.RunAsync("MATCH (a:Agreement) RETURN a.id AS id ORDER BY id", mode: AccessMode.Read);
        Assert.Equal(all.Records.Select(r => (string)r["id"]!), ids);
        Assert.Equal((all.Records.Count + 3) / 4, pages);
    }

    [Fact]
    public async Task Named_fragments_inline_fragments_and_operationName_are_honoured()
    {
        var service = new KnowledgeGraphQL(graph.Database);
        const string document = """
            query Other { topics { name } }
            query Chosen($id: ID!) { node(id: $id) { ...StateBits ... on Leader { title } } }
            fragment StateBits on State { name leaders { ...LeaderBits } }
            fragment LeaderBits on Leader { name title }
            """;

        var result = await service.ExecuteAsync(new GraphQLRequest(document, "Chosen",
            new Dictionary<string, object?> { ["id"] = "U3RhdGU6a2F6YWtoc3Rhbg==" }));

        var body = Examples.Parse(result.Json);
        Assert.True(body["errors"] is null, result.Json);
        Assert.Null(body["data"]!["topics"]);
        Assert.Equal("Kazakhstan", (string)body["data"]!["node"]!["name"]!);
        Assert.Null(body["data"]!["node"]!["title"]);
        Assert.Equal("Kassym-Jomart Tokayev", (string)body["data"]!["node"]!["leaders"]![0]!["name"]!);
    }

    [Fact]
    public async Task Missing_entities_and_paths_are_null_not_errors()
    {
        var service = new KnowledgeGraphQL(graph.Database);
        var unknown = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("State:atlantis"));

        var result = await service.ExecuteAsync(new GraphQLRequest(
            $"{{ node(id: \"{unknown}\") {{ globalId }} path(from: \"TGVhZGVyOmthc3N5bS1qb21hcnQtdG9rYXlldg==\", to: \"RmFjaWxpdHk6aGV5ZGFyLWFsaXlldi1yb2Fk\", maxLength: 1) {{ length }} }}"));

        var body = Examples.Parse(result.Json);
        Assert.True(body["errors"] is null, result.Json);
        Assert.Null(body["data"]!["node"]);
        Assert.Null(body["data"]!["path"]);
    }
}
