using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.TestSupport;

namespace Graph.Neo4j.Tests.Integration.Curation;

/// <summary>
/// One Neo4j 5 container for the whole curation suite. Each scenario gets the seed afresh: the graph is emptied
/// (migration records included, so the runner re-applies every script) and seeded again with the same
/// MigrationRunner the service uses. Without a Docker engine every scenario skips with the container's reason.
/// </summary>
public sealed class Neo4jCurationStore : ICurationStore, IAsyncLifetime
{
    private readonly Neo4jContainerFixture _neo4j = new();

    public Task InitializeAsync() => _neo4j.InitializeAsync();

    public Task DisposeAsync() => _neo4j.DisposeAsync();

    public async Task<IGraphDatabase> SeededAsync()
    {
        Skip.IfNot(_neo4j.Available, _neo4j.Reason);
        var database = new Neo4jGraphDatabase(_neo4j.Options);
        await database.RunAsync("MATCH (n) DETACH DELETE n");
        await new MigrationRunner(database).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));
        // Neo4j builds indexes in the background; search must not meet a full-text index still populating.
        await database.RunAsync("CALL db.awaitIndexes(300)");
        return database;
    }
}
