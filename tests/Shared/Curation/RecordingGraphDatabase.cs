using Graph.Core.Store;

namespace Graph.CurationSuite;

/// <summary>
/// An IGraphDatabase decorator that records every statement, auto-commit or inside a transaction (<see cref="Transactions"/>
/// counts those opened); without an inner store it answers nothing and its transactions do nothing.
/// </summary>
public sealed class RecordingGraphDatabase(IGraphDatabase? inner = null) : IGraphDatabase
{
    private readonly List<(string Statement, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode)> _calls = [];
    private int _transactions;

    public IReadOnlyList<(string Statement, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode)> Calls
    {
        get
        {
            lock (_calls) return _calls.ToList();
        }
    }

    public int Transactions => _transactions;

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        Record(statement, parameters, mode);
        return inner?.RunAsync(statement, parameters, mode, cancellationToken) ?? Task.FromResult(QueryResult.Empty);
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactions);
        var transaction = inner is null ? null : await inner.BeginTransactionAsync(mode, cancellationToken);
        return new RecordingTransaction(this, transaction, mode);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Record(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode)
    {
        lock (_calls) _calls.Add((statement, parameters ?? new Dictionary<string, object?>(), mode));
    }

    private sealed class RecordingTransaction(RecordingGraphDatabase owner, IGraphTransaction? inner, AccessMode mode) : IGraphTransaction
    {
        public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            owner.Record(statement, parameters, mode);
            return inner?.RunAsync(statement, parameters, cancellationToken) ?? Task.FromResult(EmptyAnswer(statement));
        }

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner?.RollbackAsync(cancellationToken) ?? Task.CompletedTask;

        public ValueTask DisposeAsync() => inner?.DisposeAsync() ?? ValueTask.CompletedTask;

        // Reads that aggregate answer one row even on an empty graph.
        private static QueryResult EmptyAnswer(string statement) =>
            statement.Contains("count(r) AS n", StringComparison.Ordinal)
                ? new QueryResult(["n"], [new Graph.Core.Store.Record(["n"], [0L])], QueryCounters.None)
                : QueryResult.Empty;
    }
}
