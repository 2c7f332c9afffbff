namespace Graph.GraphQL.Tests;

// The AuditTrail scenarios (tests/Shared/Curation) on the embedded engine; the Neo4j integration tests run the same ones.
public sealed class AuditTrailTests() : AuditTrailScenarios(EmbeddedCurationStore.Instance);
