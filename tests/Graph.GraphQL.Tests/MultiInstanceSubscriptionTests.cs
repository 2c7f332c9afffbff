namespace Graph.GraphQL.Tests;

// Locks down subscription events across two service instances over one embedded store. One definition
// (tests/Shared/Curation/MultiInstanceSubscriptionScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class MultiInstanceSubscriptionTests() : MultiInstanceSubscriptionScenarios(EmbeddedCurationStore.Instance);
