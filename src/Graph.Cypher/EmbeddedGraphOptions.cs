namespace Graph.Cypher;

/// <summary>Options of the embedded engine.</summary>
public sealed class EmbeddedGraphOptions
{
    /// <summary>Null = in memory. Durability is a later issue: the directory is accepted and not used yet.</summary>
    public string? DataDirectory { get; init; }

    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int PlanCacheSize { get; init; } = 1000;
}
