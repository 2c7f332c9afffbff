namespace Graph.TckRunner.Running;

/// <summary>Thrown by a step whose check did not hold; the message is the reason reported for the scenario.</summary>
internal sealed class ScenarioFailure(string reason) : Exception(reason);
