using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;

namespace Graph.Cypher;

/// <summary>
/// The embedded engine behind <see cref="IGraphDatabase"/>: Read mode runs on a snapshot, Write mode on
/// the single writer; a failing statement changes nothing.
/// </summary>
public sealed class EmbeddedGraphDatabase : IGraphDatabase, IDisposable
{
    private readonly IGraphStore _store;
    private readonly StatementExecutor _executor;
    private bool _disposed;
    private long _innerTransactionIds;

    public EmbeddedGraphDatabase(EmbeddedGraphOptions? options = null)
    {
        Options = options ?? new EmbeddedGraphOptions();
        // With a data directory every commit goes through the write-ahead log before it is acknowledged.
        _store = string.IsNullOrWhiteSpace(Options.DataDirectory)
            ? new GraphStore()
            : Storage.Durability.DurableGraphStore.Open(Options.DataDirectory, Durability(Options));
        _executor = new StatementExecutor(new PlanCache(Options.PlanCacheSize), Options.StatementTimeout, Options.InterpretedOnly, Options.ImportDirectory);
    }

    public EmbeddedGraphOptions Options { get; }

    private static Storage.Durability.DurabilityOptions Durability(EmbeddedGraphOptions options)
    {
        var durability = options.Durability ?? Storage.Durability.DurabilityOptions.Default;
        return durability with { Warnings = options.Warnings ?? durability.Warnings };
    }

    internal IGraphStore Store => _store;

    /// <summary>How the data directory is doing (always healthy in memory): failed log writes and checkpoints.</summary>
    public StorageStatus DataDirectoryStatus => _store is Storage.Durability.DurableGraphStore durable ? durable.Status : StorageStatus.Healthy;

    public Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default) =>
        Run(statement, parameters, mode, null, cancellationToken);

    /// <summary>A read pulls rows from the lazy operator chain only until it has one more than the limit.</summary>
    public Task<QueryResult> RunLimitedAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode mode,
        int maxRecords,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRecords);
        return Run(statement, parameters, mode, maxRecords, cancellationToken);
    }

    private Task<QueryResult> Run(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode mode,
        int? maxRecords,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(statement);
        // A read never waits for a lock and checks its deadline and cancellation as it runs (QueryContext.Tick),
        // so it runs on the caller's thread: a thread-pool hop would cost more than a small lookup itself.
        // Only a write, which may queue for the single writer, moves off the caller's thread.
        CompiledStatement compiled;
        try
        {
            if (cancellationToken.IsCancellationRequested) throw Terminated();
            compiled = _executor.Compile(statement);
            if (mode == AccessMode.Read || !compiled.Writes) return Task.FromResult(Read(compiled, parameters, mode, maxRecords, cancellationToken));
        }
        catch (Exception ex)
        {
            // Errors travel in the task, as they would from a thread-pool run, never thrown at the call.
            return Task.FromException<QueryResult>(ex);
        }
        // A write runs to its end whatever the limit: only the records handed back are cut.
        return Task.Run(() => Limit(Write(compiled, parameters, cancellationToken), maxRecords), CancellationToken.None);
    }

    private static QueryResult Limit(QueryResult result, int? maxRecords) => maxRecords is { } max ? result.Limit(max) : result;

    private static GraphException Terminated() => new(ErrorCodes.Terminated, "The transaction has been terminated.");

    private QueryResult Read(CompiledStatement compiled, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, int? maxRecords, CancellationToken cancellationToken)
    {
        if (mode == AccessMode.Read && compiled.Writes)
        {
            throw new GraphException(ErrorCodes.AccessMode, "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)", ErrorPhase.Compile);
        }
        return _executor.Execute(compiled, _store.Snapshot(), null, parameters, cancellationToken, maxRecords, new InnerTransactions(null, NextInnerTransactionId));
    }

    private QueryResult Write(CompiledStatement compiled, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) throw Terminated();
        using var tx = BeginWriter(cancellationToken);
        // An auto-commit statement: CALL { … } IN TRANSACTIONS commits its batches through this writer as it goes.
        var result = _executor.Execute(compiled, tx, tx, parameters, cancellationToken, null, new InnerTransactions(tx, NextInnerTransactionId));
        tx.Commit();
        return result;
    }

    private long NextInnerTransactionId() => Interlocked.Increment(ref _innerTransactionIds);

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Task.Run<IGraphTransaction>(
            () => mode == AccessMode.Read
                ? new EmbeddedTransaction(_executor, _store.Snapshot(), null)
                : new EmbeddedTransaction(_executor, null, BeginWriter(cancellationToken)),
            cancellationToken);
    }

    /// <summary>Waits for the single writer, but no longer than the statement timeout.</summary>
    private IWriteTransaction BeginWriter(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.StatementTimeout > TimeSpan.Zero && Options.StatementTimeout != Timeout.InfiniteTimeSpan) limit.CancelAfter(Options.StatementTimeout);
        try
        {
            return _store.BeginWrite(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw cancellationToken.IsCancellationRequested
                ? new GraphException(ErrorCodes.Terminated, "The transaction has been terminated.")
                : new GraphException(ErrorCodes.TransactionTimedOut, "The transaction has not completed within the timeout specified at its start by the client: another write transaction held the database.");
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _store.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
