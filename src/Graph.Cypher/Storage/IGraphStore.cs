namespace Graph.Cypher.Storage;

/// <summary>
/// The embedded graph: readers get a consistent snapshot of the last commit and never block;
/// writers are serialised (BeginWrite waits for the current writer) and see their own changes.
/// </summary>
internal interface IGraphStore : IDisposable
{
    /// <summary>A snapshot of the last committed state; it never changes afterwards.</summary>
    IGraphView Snapshot();

    /// <summary>Starts the single writer; waits while another writer is open.</summary>
    IWriteTransaction BeginWrite(CancellationToken cancellationToken = default);

    /// <summary>
    /// Bulk-loads an empty store in one pass (records appended, indexes built once, constraints checked);
    /// waits for the writer like a transaction. The store is unchanged when anything fails.
    /// </summary>
    void Import(Action<Import.BulkImporter> fill);
}

/// <summary>A writer; dispose without commit rolls back.</summary>
internal interface IWriteTransaction : IGraphWriter, IDisposable
{
    void Commit();

    /// <summary>
    /// Commits what the writer did so far as one transaction (checked, logged, published) and keeps the writer
    /// open for the next one: CALL { … } IN TRANSACTIONS commits its batches so. Earlier savepoints are gone.
    /// Returns the version the commit published.
    /// </summary>
    long CommitAndContinue();

    void Rollback();
}
