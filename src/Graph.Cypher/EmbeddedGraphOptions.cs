using Graph.Cypher.Storage;
namespace Graph.Cypher;

/// <summary>Options of the embedded engine.</summary>
public sealed class EmbeddedGraphOptions
{
    /// <summary>Null or empty = in memory; otherwise the directory holding the write-ahead log and snapshots (locked while open).</summary>
    public string? DataDirectory { get; init; }

    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int PlanCacheSize { get; init; } = 1000;

    /// <summary>Receives what the data directory dropped or failed to write (the host logs it); unused in memory.</summary>
    public Action<StorageWarning>? Warnings { get; init; }

    /// <summary>Checkpoint and file settings of the data directory (tests inject file faults here).</summary>
    internal Storage.Durability.DurabilityOptions? Durability { get; init; }

    /// <summary>Runs every statement on the clause interpreter, never a planned operator tree (differential tests compare the two).</summary>
    internal bool InterpretedOnly { get; init; }
}
