namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down what curation refuses, and that a refusal changes nothing and leaves no audit record, on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/CurationRefusalScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jCurationRefusalTests(Neo4jCurationStore neo4j) : CurationRefusalScenarios(neo4j);
