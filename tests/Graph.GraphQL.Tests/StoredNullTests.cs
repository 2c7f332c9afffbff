namespace Graph.GraphQL.Tests;

// Locks down reads over stored nulls in non-null fields (the broken item left out and reported), on the embedded engine.
// One definition (tests/Shared/Curation/StoredNullScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class StoredNullTests() : StoredNullScenarios(EmbeddedCurationStore.Instance);
