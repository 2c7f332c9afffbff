namespace Graph.GraphQL.Tests;

// Locks down curation by update and delete (connect, disconnect, edge updates, cascade), on the embedded engine.
// One definition (tests/Shared/Curation/CurationUpdateScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class CurationUpdateTests() : CurationUpdateScenarios(EmbeddedCurationStore.Instance);
