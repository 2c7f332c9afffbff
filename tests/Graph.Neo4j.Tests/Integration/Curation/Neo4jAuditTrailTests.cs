namespace Graph.Neo4j.Tests.Integration.Curation;

// Locks down the audit trail (one Change record per mutation, read by editors and admins only), on a real Neo4j 5.
// The same scenarios the embedded engine runs (tests/Shared/Curation/AuditTrailScenarios), not a copy. Needs a Docker
// engine; each scenario skips with the reason otherwise.
[Collection(Neo4jCurationCollection.Name)]
public sealed class Neo4jAuditTrailTests(Neo4jCurationStore neo4j) : AuditTrailScenarios(neo4j);
