namespace Graph.TckRunner.Running;

/// <summary>Whether a scenario passed and, when not, the first reason it failed.</summary>
internal sealed record ScenarioOutcome(bool Passed, string? Reason)
{
    public static ScenarioOutcome Pass { get; } = new(true, null);

    public static ScenarioOutcome Fail(string reason) => new(false, reason);
}
