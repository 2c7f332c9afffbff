using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.GraphQL;

// Locks down /graphql/schema.graphql (SDL as text/plain) and /graphql/examples (the example queries as JSON).
public sealed class SchemaAndExamplesTests
{
    [Fact]
    public async Task Sdl_is_served_as_plain_text()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        Assert.Equal(FakeKnowledgeGraphQL.FakeSdl, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Examples_are_read_from_the_configured_directory_in_name_order()
    {
        var directory = Directory.CreateTempSubdirectory("graph-examples-");
        try
        {
            await File.WriteAllTextAsync(System.IO.Path.Combine(directory.FullName, "b-ministries.graphql"), "{ ministries { name } }");
            await File.WriteAllTextAsync(System.IO.Path.Combine(directory.FullName, "a-states.graphql"), "{ states { name } }");
            await File.WriteAllTextAsync(System.IO.Path.Combine(directory.FullName, "notes.txt"), "not a query");
            using var factory = new ApiFactory();
            factory.Settings["Graph:GraphQL:ExamplesDirectory"] = directory.FullName;
            using var client = factory.CreateClient();
            using var response = await client.GetAsync("/graphql/examples");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var examples = await response.JsonAsync();
            Assert.Equal(2, examples.GetArrayLength());
            Assert.Equal("a-states", examples[0].GetProperty("name").GetString());
            Assert.Equal("{ states { name } }", examples[0].GetProperty("query").GetString());
            Assert.Equal("b-ministries", examples[1].GetProperty("name").GetString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
