using Graph.Core.Errors;

namespace Graph.Cypher.Storage.Durability;

/// <summary>Errors of the data directory, with Neo4j's status codes for damaged storage and held locks.</summary>
internal static class DurabilityErrors
{
    public const string StorageDamageDetected = "Neo.DatabaseError.General.StorageDamageDetected";
    public const string TransactionLogError = "Neo.DatabaseError.Transaction.TransactionLogError";

    public static GraphException Corrupt(string file, string detail, Exception? inner = null) =>
        new(StorageDamageDetected, $"The data directory is damaged: {Path.GetFileName(file)}: {detail} Run `graph recover --data {Path.GetDirectoryName(file)}` to see what can be kept.", inner: inner);

    /// <summary>A snapshot or log segment the chain needs is gone: opening would silently drop what it held.</summary>
    public static GraphException Missing(string directory, string missing, string why) =>
        new(StorageDamageDetected, $"The data directory {directory} is incomplete: {missing} is missing ({why}). Opening it would silently lose the records it held, so it is refused. Run `graph recover --data {directory}` to see what can be kept; with --accept-loss it keeps that and sets the rest aside.");

    public static GraphException Locked(string directory, Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, $"Lock file has been locked by another process: {Path.Combine(directory, DataDirectory.LockFileName)}. Please ensure no other process is using this database.", inner: inner);

    /// <summary>The directory (or its lock, log or snapshot files) cannot be created or written, with the operating system's reason.</summary>
    public static GraphException Unwritable(string directory, Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, $"The data directory {directory} is not writable: {FileErrors.Reason(inner)}. The embedded store keeps its lock file, log and snapshots there (required even for read-only access).", inner: inner);

    public static GraphException LogFailed(Exception inner) =>
        new(TransactionLogError, $"Could not append the transaction to the write-ahead log ({FileErrors.Reason(inner)}); the transaction was not committed. The store tries the log again on the next write.", inner: inner);

    public static GraphException Unreadable(string directory, Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, $"Could not read the data directory {directory}: {FileErrors.Reason(inner)}.", inner: inner);
}
