using System.Net;
using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Ui;

// Locks down what the workbench reads from the service: the page itself at /cypher, the schema its editor completes
// from, and the analyst queries of cypher/queries/ with their question and default parameters, behind the same
// sign-in as POST /cypher.
public sealed class WorkbenchEndpointTests
{
    [Fact]
    public async Task The_saved_queries_are_served_with_their_question_text_and_default_parameters()
    {
        using var factory = new SeededApiFactory();
        using var client = factory.CreateAnonymousClient();
        using var response = await client.GetAsync("/cypher/queries");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var queries = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();

        var files = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "cypher", "queries"), "*.cypher")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, queries.Select(q => q.GetProperty("name").GetString()));
        var evidence = queries.Single(q => q.GetProperty("name").GetString() == "evidence-for-entity");
        Assert.StartsWith("What is the evidence behind every relationship", evidence.GetProperty("question").GetString());
        Assert.Equal("supreme-interstate-council", evidence.GetProperty("parameters").GetProperty("id").GetString());
        Assert.Contains("MATCH (e {id: $id})", evidence.GetProperty("text").GetString());
        var connections = queries.Single(q => q.GetProperty("name").GetString() == "entities-by-connections");
        Assert.Equal(20, connections.GetProperty("parameters").GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task The_schema_lists_what_the_store_holds_and_the_procedures_and_functions_it_offers()
    {
        using var factory = new SeededApiFactory();
        using var client = factory.CreateAnonymousClient();
        using var response = await client.GetAsync("/cypher/schema");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        string?[] Strings(string name) => schema.GetProperty(name).EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("State", Strings("labels"));
        Assert.Contains("LEADS", Strings("relationshipTypes"));
        Assert.Contains("evidence", Strings("propertyKeys"));
        var procedures = schema.GetProperty("procedures").EnumerateArray().ToList();
        Assert.Contains(procedures, p => p.GetProperty("name").GetString() == "db.labels" && p.GetProperty("signature").GetString()!.Contains("::", StringComparison.Ordinal));
        Assert.Contains(schema.GetProperty("functions").EnumerateArray(), f => f.GetProperty("name").GetString() == "toUpper");
    }

    [Theory]
    [InlineData("/cypher/schema")]
    [InlineData("/cypher/queries")]
    public async Task Without_anonymous_reads_the_workbench_data_needs_a_reader(string path)
    {
        using var factory = new SeededApiFactory { AnonymousRead = false };
        using var anonymous = factory.CreateAnonymousClient();
        using var refused = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var reader = factory.CreateAnonymousClient();
        reader.DefaultRequestHeaders.Add(TestSignIn.ApiKeyHeader, TestSignIn.ReaderKey);
        using var allowed = await reader.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_at_cypher_with_its_assets_under_workbench()
    {
        using var factory = new SeededApiFactory { AnonymousRead = false };
        using var client = factory.CreateAnonymousClient();
        using var page = await client.GetAsync("/cypher");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/workbench/\" />", html);
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"\\./(assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        using var asset = await client.GetAsync("/workbench/" + script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        // Offline: the bundle names no other host to load from.
        Assert.DoesNotContain("https://cdn", await asset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
