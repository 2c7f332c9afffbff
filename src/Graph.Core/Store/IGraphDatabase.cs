namespace Graph.Core.Store;

/// <summary>
/// The one store interface both engines implement (embedded Cypher engine, Neo4j over the Query API).
/// Callers never learn which engine answered.
/// </summary>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>Runs one statement in its own transaction (auto-commit).</summary>
    Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs one statement in its own transaction, keeping at most <paramref name="maxRecords"/> records and
    /// setting <see cref="QueryResult.HasMore"/> when there were more. An engine that reads lazily stops
    /// producing rows after <paramref name="maxRecords"/> + 1, so a huge result is never built; a statement
    /// that writes still runs to its end. This default runs the whole statement and then cuts.
    /// </summary>
    async Task<QueryResult> RunLimitedAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode mode,
        int maxRecords,
        CancellationToken cancellationToken = default) =>
        (await RunAsync(statement, parameters, mode, cancellationToken)).Limit(maxRecords);

    /// <summary>Opens an explicit transaction; dispose without commit rolls back.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it, running the whole unit again when the
    /// engine reports a failure after which that is safe (a transaction function, as Neo4j's drivers have). The
    /// work may run more than once, so it must keep its effects inside the transaction. This default retries
    /// transient errors with <see cref="RetryPolicy.Default"/>; an engine with its own retry rules says so.
    /// </summary>
    Task<T> RunInTransactionAsync<T>(AccessMode mode, Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        this.ExecuteAsync(mode, work, RetryPolicy.Default, cancellationToken);
}
