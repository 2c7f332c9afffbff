using System.Net;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Http;
using Graph.Neo4j.Retry;

namespace Graph.Neo4j;

/// <summary>
/// Neo4j behind the store interface, over the HTTP Query API v2. Reads run as auto-commit statements
/// and are retried on transient failures; writes run as transaction functions (explicit transaction,
/// commit, the whole unit retried) so a write is never sent twice after it may have been applied.
/// Bookmarks from each write are sent with later requests so a reader sees its writes.
/// </summary>
public sealed class Neo4jGraphDatabase : IGraphDatabase
{
    private readonly QueryApiClient _client;
    private readonly HttpClient? _ownedHttp;
    private readonly Retrier _unapplied;
    private readonly Retrier _unsent;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public Neo4jGraphDatabase(Neo4jOptions options, TimeProvider? time = null)
        : this(options, CreatePooledClient(), ownsClient: true, time)
    {
    }

    /// <summary>With a caller's HttpClient (tests, IHttpClientFactory).</summary>
    public Neo4jGraphDatabase(Neo4jOptions options, HttpClient http, TimeProvider? time = null)
        : this(options, http, ownsClient: false, time)
    {
    }

    private Neo4jGraphDatabase(Neo4jOptions options, HttpClient http, bool ownsClient, TimeProvider? time)
    {
        _client = new QueryApiClient(http, options);
        _ownedHttp = ownsClient ? http : null;
        _unapplied = new Retrier(options.Retry, Neo4jRetryRules.CanRepeatUnappliedWork, time);
        _unsent = new Retrier(options.Retry, Neo4jRetryRules.NeverArrived, time);
    }

    /// <summary>
    /// Raised when a statement fails, after its retries, because Neo4j is unreachable or unavailable,
    /// so a host can stop sending work (and check for Neo4j's return) at once.
    /// </summary>
    public event Action<GraphException>? Unavailable;

    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await RunWithRetriesAsync(statement, parameters, mode, cancellationToken);
        }
        catch (GraphException e) when (e.Code == ErrorCodes.ServiceUnavailable)
        {
            Unavailable?.Invoke(e);
            throw;
        }
    }

    private Task<QueryResult> RunWithRetriesAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, CancellationToken cancellationToken)
    {
        if (mode == AccessMode.Read) return _unapplied.RunAsync(ct => AutoCommitAsync(statement, parameters, mode, ct), cancellationToken);
        if (AutoCommitStatements.Requires(statement)) return _unsent.RunAsync(ct => AutoCommitAsync(statement, parameters, mode, ct), cancellationToken);
        return this.ExecuteAsync(mode, (tx, ct) => tx.RunAsync(statement, parameters, ct), _unapplied, cancellationToken);
    }

    /// <summary>The configured retry rules for writes (Graph:Neo4j:Retry), as for a single write statement.</summary>
    public async Task<T> RunInTransactionAsync<T>(AccessMode mode, Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        try
        {
            return await this.ExecuteAsync(mode, work, _unapplied, cancellationToken);
        }
        catch (GraphException e) when (e.Code == ErrorCodes.ServiceUnavailable)
        {
            Unavailable?.Invoke(e);
            throw;
        }
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        var response = await _client.PostAsync(_client.QueryPath + "/tx", null, null, mode, Bookmarks, null, cancellationToken);
        var id = response.TransactionId
            ?? throw new GraphException(ErrorCodes.DatabaseError, "Neo4j opened no transaction (no transaction id in its answer).");
        return new Neo4jTransaction(_client, $"{_client.QueryPath}/tx/{Uri.EscapeDataString(id)}", response.ClusterAffinity, Remember);
    }

    public ValueTask DisposeAsync()
    {
        _ownedHttp?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<QueryResult> AutoCommitAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, CancellationToken cancellationToken)
    {
        var response = await _client.PostAsync(_client.QueryPath, statement, parameters, mode, Bookmarks, null, cancellationToken);
        Remember(response.Bookmarks);
        return response.Result;
    }

    private IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_bookmarkLock) return _bookmarks;
        }
    }

    private void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_bookmarkLock) _bookmarks = bookmarks;
    }

    private static HttpClient CreatePooledClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        AutomaticDecompression = DecompressionMethods.All,
        MaxConnectionsPerServer = 64,
    })
    {
        // Per-request timeouts are applied by the client itself.
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
