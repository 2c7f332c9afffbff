using Graph.Core.Migrations;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.GraphQL.Tests.Support;

/// <summary>The seed graph (cypher/schema.cypher + cypher/seed) in one embedded database, shared by a test collection.</summary>
public sealed class SeededGraph : IAsyncLifetime
{
    public EmbeddedGraphDatabase Database { get; } = new();

    public async Task InitializeAsync() =>
        await new MigrationRunner(Database).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));

    /// <summary>A query's <c>data</c>, asserting it answered without errors in one statement.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> DataAsync(string query)
    {
        var recording = new RecordingGraphDatabase(Database);
        var result = await new KnowledgeGraphQL(recording).ExecuteAsync(new GraphQLRequest(query));
        var json = Examples.Parse(result.Json);
        Assert.True(json["errors"] is null, result.Json);
        Assert.Single(recording.Calls);
        return json["data"]!;
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeededGraphCollection : ICollectionFixture<SeededGraph>
{
    public const string Name = "seeded graph";
}
