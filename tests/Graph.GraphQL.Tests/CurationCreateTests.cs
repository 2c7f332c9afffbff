namespace Graph.GraphQL.Tests;

// The CurationCreate scenarios (tests/Shared/Curation) on the embedded engine; the Neo4j integration tests run the same ones.
public sealed class CurationCreateTests() : CurationCreateScenarios(EmbeddedCurationStore.Instance);
