namespace Graph.Neo4j.Tests.Integration.Curation;

/// <summary>
/// The curation suite's classes share one container and run one after another: each scenario empties and reseeds
/// the same database, so two running at once would see each other's writes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCurationCollection : ICollectionFixture<Neo4jCurationStore>
{
    public const string Name = "neo4j curation suite";
}
