namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down curation by create (nested create and connect, provenance checked), on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/CurationCreateScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jCurationCreateTests(Neo4jCurationStore neo4j) : CurationCreateScenarios(neo4j);
