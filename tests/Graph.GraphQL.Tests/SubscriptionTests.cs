namespace Graph.GraphQL.Tests;

// Locks down subscription events from committed mutations on the embedded engine. One definition
// (tests/Shared/Curation/SubscriptionScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class SubscriptionTests() : SubscriptionScenarios(EmbeddedCurationStore.Instance);
