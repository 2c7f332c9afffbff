using Graph.Cypher.Storage;
namespace Graph.Cypher.Storage.Durability;

/// <summary>How a durable store checkpoints, whom it warns, and (for tests) how its log files are opened.</summary>
internal sealed record DurabilityOptions
{
    /// <summary>A background checkpoint starts when the current log segment grows past this size.</summary>
    public long CheckpointBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>False leaves checkpoints to explicit <see cref="DurableGraphStore.Checkpoint"/> calls (tests).</summary>
    public bool BackgroundCheckpoints { get; init; } = true;

    /// <summary>Receives what the store dropped or failed to write; the host logs it.</summary>
    public Action<StorageWarning>? Warnings { get; init; }

    /// <summary>Wraps each opened log segment: the seam tests use to inject file-system faults (a full disk).</summary>
    public Func<ILogFile, ILogFile>? LogFiles { get; init; }

    public static DurabilityOptions Default { get; } = new();

    public void Warn(StorageWarning warning) => Warnings?.Invoke(warning);

    public ILogFile Open(string path) => LogFiles is { } wrap ? wrap(SegmentFile.Open(path)) : SegmentFile.Open(path);
}
