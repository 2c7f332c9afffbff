using Graph.Core.Store;

namespace Graph.CurationSuite;

/// <summary>
/// Where the curation scenarios run: each call hands out a store holding exactly the seed (cypher/schema.cypher +
/// cypher/seed), owned by the caller. A store that cannot run here (no Docker engine for Neo4j) skips the test
/// with its reason instead.
/// </summary>
public interface ICurationStore
{
    Task<IGraphDatabase> SeededAsync();
}
