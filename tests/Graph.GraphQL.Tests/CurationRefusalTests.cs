namespace Graph.GraphQL.Tests;

// The CurationRefusal scenarios (tests/Shared/Curation) on the embedded engine; the Neo4j integration tests run the same ones.
public sealed class CurationRefusalTests() : CurationRefusalScenarios(EmbeddedCurationStore.Instance);
