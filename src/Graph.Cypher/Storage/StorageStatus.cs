namespace Graph.Cypher.Storage;

/// <summary>
/// How the embedded store's files are doing, for health reports: the last failed log write (commits are
/// refused until a write succeeds again) and the last failed checkpoint (the log still holds everything).
/// </summary>
public sealed record StorageStatus(string? WriteFailure, string? CheckpointFailure)
{
    public static StorageStatus Healthy { get; } = new(null, null);

    public bool IsHealthy => WriteFailure is null && CheckpointFailure is null;
}
