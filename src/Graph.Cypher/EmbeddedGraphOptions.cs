using Graph.Cypher.Storage;
namespace Graph.Cypher;

/// <summary>Options of the embedded engine.</summary>
public sealed class EmbeddedGraphOptions
{
    /// <summary>
    /// Where the service and the CLI keep the graph unless told otherwise: ~/.local/share/graph/data on Linux,
    /// %LOCALAPPDATA%\graph\data on Windows. One definition, so `graph cypher` opens what the service serves.
    /// </summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "graph", "data");

    /// <summary>Null or empty = in memory; otherwise the directory holding the write-ahead log and snapshots (locked while open).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// The only directory LOAD CSV reads from (Neo4j's server.directories.import): file:///name.csv resolves inside
    /// it and nowhere else. Null or empty refuses LOAD CSV.
    /// </summary>
    public string? ImportDirectory { get; init; }

    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int PlanCacheSize { get; init; } = 1000;

    /// <summary>Receives what the data directory dropped or failed to write (the host logs it); unused in memory.</summary>
    public Action<StorageWarning>? Warnings { get; init; }

    /// <summary>Checkpoint and file settings of the data directory (tests inject file faults here).</summary>
    internal Storage.Durability.DurabilityOptions? Durability { get; init; }

    /// <summary>Runs every statement on the clause interpreter, never a planned operator tree (differential tests compare the two).</summary>
    internal bool InterpretedOnly { get; init; }
}
