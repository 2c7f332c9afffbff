namespace Graph.GraphQL.Tests;

// Locks down the audit trail (one Change record per mutation, read by editors and admins only), on the embedded engine.
// One definition (tests/Shared/Curation/AuditTrailScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class AuditTrailTests() : AuditTrailScenarios(EmbeddedCurationStore.Instance);
