using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Execution;
using Graph.Cypher.Storage;

namespace Graph.Cypher;

/// <summary>
/// An explicit transaction: statements see each other's changes; a failing statement is undone alone
/// (savepoint); dispose without commit rolls everything back.
/// </summary>
internal sealed class EmbeddedTransaction : IGraphTransaction
{
    private readonly StatementExecutor _executor;
    private readonly IGraphView? _snapshot;
    private readonly IWriteTransaction? _writer;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _finished;

    public EmbeddedTransaction(StatementExecutor executor, IGraphView? snapshot, IWriteTransaction? writer)
    {
        _executor = executor;
        _snapshot = snapshot;
        _writer = writer;
    }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_finished) throw new GraphException(ErrorCodes.InvalidRequest, "The transaction has already been committed or rolled back.");
            // A read-only transaction's statements run on the caller's thread, as EmbeddedGraphDatabase's reads do.
            if (_writer is null) return Run(statement, parameters, cancellationToken);
            return await Task.Run(() => Run(statement, parameters, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private QueryResult Run(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var compiled = _executor.Compile(statement);
        if (_writer is null) return _executor.Execute(compiled, _snapshot!, null, parameters, cancellationToken);
        var savepoint = _writer.Savepoint();
        try
        {
            return _executor.Execute(compiled, _writer, _writer, parameters, cancellationToken);
        }
        catch
        {
            _writer.RollbackTo(savepoint);
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_finished) throw new GraphException(ErrorCodes.InvalidRequest, "The transaction has already been committed or rolled back.");
        _finished = true;
        _writer?.Commit();
        _writer?.Dispose();
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished) return Task.CompletedTask;
        _finished = true;
        _writer?.Rollback();
        _writer?.Dispose();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            _writer?.Dispose();
        }
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }
}
