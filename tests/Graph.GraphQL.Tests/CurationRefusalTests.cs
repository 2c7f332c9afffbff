namespace Graph.GraphQL.Tests;

// Locks down what curation refuses, and that a refusal changes nothing and leaves no audit record, on the embedded engine.
// One definition (tests/Shared/Curation/CurationRefusalScenarios); Graph.Neo4j.Tests runs the same scenarios on Neo4j 5.
public sealed class CurationRefusalTests() : CurationRefusalScenarios(EmbeddedCurationStore.Instance);
