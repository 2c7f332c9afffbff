using Graph.Core.Migrations;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.TestSupport;

namespace Graph.CurationSuite;

/// <summary>The embedded engine: a new in-memory database per scenario, so scenarios never see each other's writes.</summary>
public sealed class EmbeddedCurationStore : ICurationStore
{
    public static EmbeddedCurationStore Instance { get; } = new();

    private EmbeddedCurationStore()
    {
    }

    public async Task<IGraphDatabase> SeededAsync()
    {
        var database = new EmbeddedGraphDatabase();
        await new MigrationRunner(database).ApplyAsync(CypherDirectory.At(RepositoryPaths.Cypher));
        return database;
    }
}
