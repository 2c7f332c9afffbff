namespace Graph.Neo4j.Tests.Integration.Curation;

// The CurationRefusal scenarios (tests/Shared/Curation) on a real Neo4j 5, the same definitions the embedded engine runs in
// Graph.GraphQL.Tests. Needs a Docker engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jCurationRefusalTests(Neo4jCurationStore neo4j) : CurationRefusalScenarios(neo4j);
