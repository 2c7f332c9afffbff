namespace Graph.GraphQL.Tests;

// The StoredNull scenarios (tests/Shared/Curation) on the embedded engine; the Neo4j integration tests run the same ones.
public sealed class StoredNullTests() : StoredNullScenarios(EmbeddedCurationStore.Instance);
