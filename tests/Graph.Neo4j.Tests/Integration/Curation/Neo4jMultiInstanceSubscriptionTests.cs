namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down subscription events across two service instances over one Neo4j 5 database (change numbers from the
// counter node's write lock). The same scenarios the embedded engine runs (tests/Shared/Curation/MultiInstanceSubscriptionScenarios),
// not a copy. Needs a Docker engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jMultiInstanceSubscriptionTests(Neo4jCurationStore neo4j) : MultiInstanceSubscriptionScenarios(neo4j);
