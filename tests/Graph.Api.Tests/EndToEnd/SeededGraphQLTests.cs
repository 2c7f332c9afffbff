using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.EndToEnd;

// Locks down /graphql end to end on the seeded embedded store: the acceptance query, every example query, GET with variables, mutations refused over GET, SDL and examples.
public sealed partial class SeededGraphQLTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryFiles.ExampleQueries()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public async Task All_agreements_involving_each_ministry()
    {
        // Every ministry the seed creates, read from the seed script itself.
        var ministryIds = SeedMinistry().Matches(RepositoryFiles.Read("cypher", "seed", "02-entities.cypher"))
            .Select(m => m.Groups[1].Value).ToHashSet();
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql",
            """{"query":"{ ministries { id name agreements { name date parties(where: { typename: [State] }) { name } } } }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _));
        var ministries = body.GetProperty("data").GetProperty("ministries").EnumerateArray().ToList();
        Assert.Equal(ministryIds, ministries.Select(m => m.GetProperty("id").GetString()!).ToHashSet());
        Assert.All(ministries, m => Assert.NotEqual(0, m.GetProperty("agreements").GetArrayLength()));

        // The report: memoranda between ministries of both states, signed at the meeting of 12 April 2023.
        var media = ministries.Single(m => m.GetProperty("id").GetString() == "kazakhstan-ministry-media");
        var agreement = media.GetProperty("agreements").EnumerateArray().Single();
        Assert.Equal("2023-04-12", agreement.GetProperty("date").GetString());
        Assert.Equal(["Azerbaijan", "Kazakhstan"], agreement.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_query_runs_without_errors(string file)
    {
        var query = RepositoryFiles.Read("examples", "graphql", file);
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", JsonSerializer.Serialize(new { query })));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode} {text}");
        using var body = JsonDocument.Parse(text);
        Assert.False(body.RootElement.TryGetProperty("errors", out _), $"{file}: {text}");
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Get_with_variables_and_operation_name()
    {
        using var client = factory.CreateClient();
        var globalId = Convert.ToBase64String("State:kazakhstan"u8.ToArray());
        var url = "/graphql?query=" + Uri.EscapeDataString("query A { states { name } } query B($id: ID!) { node(id: $id) { ... on State { name } } }")
            + "&operationName=B&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { id = globalId }));
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // No Accept header: a legacy client, answered application/json.
        Assert.Equal("application/json", response.MediaType());
        Assert.Equal("Kazakhstan", (await response.JsonAsync()).GetProperty("data").GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_and_changes_nothing()
    {
        using var client = factory.CreateClient();
        var before = await CountTopicsAsync(client);
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteTopics { nodesDeleted } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.True(before > 0);
        Assert.Equal(before, await CountTopicsAsync(client));
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Validation_error_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpExtensions.PostJson("/graphql", """{"query":"{ ministries { noSuchField } }"}""", accept));

        Assert.Equal(expected, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors")[0].TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task Sdl_and_examples_are_served()
    {
        using var client = factory.CreateClient();
        var sdl = await client.GetStringAsync("/graphql/schema.graphql");
        using var examples = await client.GetAsync("/graphql/examples");

        Assert.Contains("type Ministry", sdl, StringComparison.Ordinal);
        Assert.Contains("type Query", sdl, StringComparison.Ordinal);
        Assert.Equal(RepositoryFiles.ExampleQueries().Count, (await examples.JsonAsync()).GetArrayLength());
    }

    private static async Task<long> CountTopicsAsync(HttpClient client)
    {
        using var response = await client.SendAsync(HttpExtensions.PostJson("/cypher", """{"statement":"MATCH (t:Topic) RETURN count(t) AS n"}"""));
        return (await response.JsonAsync()).GetProperty("rows")[0][0].GetInt64();
    }

    [GeneratedRegex(@"MERGE \(n:Ministry \{id: '([^']+)'\}\)")]
    private static partial Regex SeedMinistry();
}
