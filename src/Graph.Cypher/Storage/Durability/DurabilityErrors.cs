using Graph.Core.Errors;

namespace Graph.Cypher.Storage.Durability;

/// <summary>Errors of the data directory, with Neo4j's status codes for damaged storage and held locks.</summary>
internal static class DurabilityErrors
{
    public const string StorageDamageDetected = "Neo.DatabaseError.General.StorageDamageDetected";
    public const string TransactionLogError = "Neo.DatabaseError.Transaction.TransactionLogError";

    public static GraphException Corrupt(string file, string detail, Exception? inner = null) =>
        new(StorageDamageDetected, $"The data directory is damaged: {Path.GetFileName(file)}: {detail}", inner: inner);

    public static GraphException Locked(string directory, Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, $"Lock file has been locked by another process: {Path.Combine(directory, DataDirectory.LockFileName)}. Please ensure no other process is using this database, and that the directory is writable (required even for read-only access).", inner: inner);

    public static GraphException LogFailed(Exception inner) =>
        new(TransactionLogError, $"Could not append the transaction to the write-ahead log; the store refuses further writes until reopened: {inner.Message}", inner: inner);

    public static GraphException Unreadable(string directory, Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, $"Could not open the data directory {directory}: {inner.Message}", inner: inner);
}
