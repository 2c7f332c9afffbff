namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down subscription events from committed mutations (each kind, edge properties, where, commit order), on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/SubscriptionScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jSubscriptionTests(Neo4jCurationStore neo4j) : SubscriptionScenarios(neo4j);
