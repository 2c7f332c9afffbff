namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down curation by update and delete (connect, disconnect, edge updates, cascade), on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/CurationUpdateScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jCurationUpdateTests(Neo4jCurationStore neo4j) : CurationUpdateScenarios(neo4j);
