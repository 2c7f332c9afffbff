namespace Graph.GraphQL.Tests;

// The CurationUpdate scenarios (tests/Shared/Curation) on the embedded engine; the Neo4j integration tests run the same ones.
public sealed class CurationUpdateTests() : CurationUpdateScenarios(EmbeddedCurationStore.Instance);
