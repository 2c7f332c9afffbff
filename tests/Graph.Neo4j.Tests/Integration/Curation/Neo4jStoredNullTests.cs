namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down reads over stored nulls in non-null fields (the broken item left out and reported), on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/StoredNullScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jStoredNullTests(Neo4jCurationStore neo4j) : StoredNullScenarios(neo4j);
