using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Http;

namespace Graph.Neo4j;

/// <summary>
/// An explicit Query API transaction (/tx/{id}); the cluster-affinity header Neo4j returned at open is
/// echoed on every later request so a cluster routes them to the same server.
/// </summary>
internal sealed class Neo4jTransaction : IGraphTransaction
{
    private readonly QueryApiClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private readonly Action<IReadOnlyList<string>> _onCommitted;
    private bool _finished;

    public Neo4jTransaction(QueryApiClient client, string path, string? affinity, Action<IReadOnlyList<string>> onCommitted)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
        _onCommitted = onCommitted;
    }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        try
        {
            var response = await _client.PostAsync(_path, statement, parameters, null, null, _affinity, cancellationToken);
            return response.Result;
        }
        catch (GraphException e) when (TransportFailure.Of(e) is null)
        {
            // Neo4j rolls a transaction back when one of its statements fails. (When the request went
            // astray instead, the transaction may still be open: disposing rolls it back.)
            _finished = true;
            throw;
        }
    }

    /// <summary>Neo4j's code for a commit that did not complete; here also one whose outcome is unknown.</summary>
    public const string CommitFailed = "Neo.DatabaseError.Transaction.TransactionCommitFailed";

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _finished = true;
        QueryApiResponse response;
        try
        {
            response = await _client.PostAsync(_path + "/commit", null, null, null, null, _affinity, cancellationToken);
        }
        catch (GraphException e) when (TransportFailure.Of(e) is { MayHaveArrived: true })
        {
            // The commit may have been applied: sending the work again could apply it twice.
            throw new GraphException(CommitFailed,
                $"The commit's answer was lost ({e.Message}); the transaction may or may not have been applied, so it was not retried.", inner: e);
        }
        _onCommitted(response.Bookmarks);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished) return;
        _finished = true;
        await _client.DeleteAsync(_path, _affinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished) return;
        try
        {
            await RollbackAsync();
        }
        catch (GraphException)
        {
            // The server expires abandoned transactions anyway; disposing must not throw.
        }
    }

    private void EnsureOpen()
    {
        if (_finished) throw new GraphException("Neo.ClientError.Transaction.TransactionNotFound", "The transaction has already been committed or rolled back.");
    }
}
