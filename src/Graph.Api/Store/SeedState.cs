namespace Graph.Api.Store;

/// <summary>What start-up seeding did, for the health report: not asked for, applied, or failed (with why).</summary>
internal sealed class SeedState
{
    public bool Enabled { get; private set; }

    public string? Failure { get; private set; }

    public string Summary { get; private set; } = "Seeding is off (Graph:Seed=false).";

    public void Applied(int applied, int skipped, int statements)
    {
        Enabled = true;
        Failure = null;
        Summary = $"{applied} script(s) applied, {skipped} unchanged, {statements} statement(s) run.";
    }

    /// <summary>Seeding was asked for but rightly not run (the store holds data the seed did not write): not a failure.</summary>
    public void Skipped(string reason) => NotFailed(reason);

    /// <summary>Seeding is asked for and has not run yet (the store is not reachable yet).</summary>
    public void Pending(string reason) => NotFailed(reason);

    private void NotFailed(string reason)
    {
        Enabled = true;
        Failure = null;
        Summary = reason;
    }

    public void Failed(string reason)
    {
        Enabled = true;
        Failure = reason;
        Summary = reason;
    }
}
