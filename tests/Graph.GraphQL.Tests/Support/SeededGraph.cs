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
