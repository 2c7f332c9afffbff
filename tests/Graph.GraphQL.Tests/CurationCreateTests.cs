namespace Graph.GraphQL.Tests;

// Locks down curation by create (nested create and connect, provenance checked), on the embedded engine.
// One definition (tests/Shared/Curation/CurationCreateScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class CurationCreateTests() : CurationCreateScenarios(EmbeddedCurationStore.Instance);
