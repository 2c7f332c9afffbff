namespace Graph.Cypher.Storage.Durability;

/// <summary>How a durable store checkpoints.</summary>
internal sealed record DurabilityOptions
{
    /// <summary>A background checkpoint starts when the current log segment grows past this size.</summary>
    public long CheckpointBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>False leaves checkpoints to explicit <see cref="DurableGraphStore.Checkpoint"/> calls (tests).</summary>
    public bool BackgroundCheckpoints { get; init; } = true;

    public static DurabilityOptions Default { get; } = new();
}
