using System.Net;
using Graph.Core.Store;
using Graph.Neo4j.Http;

namespace Graph.Neo4j;

/// <summary>
/// Neo4j behind the store interface, over the HTTP Query API v2. Single statements run as implicit
/// transactions; bookmarks from each write are sent with later requests so a reader sees its writes.
/// </summary>
public sealed class Neo4jGraphDatabase : IGraphDatabase
{
    private readonly QueryApiClient _client;
    private readonly HttpClient? _ownedHttp;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public Neo4jGraphDatabase(Neo4jOptions options)
        : this(options, CreatePooledClient(), ownsClient: true)
    {
    }

    /// <summary>With a caller's HttpClient (tests, IHttpClientFactory).</summary>
    public Neo4jGraphDatabase(Neo4jOptions options, HttpClient http)
        : this(options, http, ownsClient: false)
    {
    }

    private Neo4jGraphDatabase(Neo4jOptions options, HttpClient http, bool ownsClient)
    {
        _client = new QueryApiClient(http, options);
        _ownedHttp = ownsClient ? http : null;
    }

    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        var response = await _client.PostAsync(_client.QueryPath, statement, parameters, mode, Bookmarks, null, cancellationToken);
        Remember(response.Bookmarks);
        return response.Result;
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        var response = await _client.PostAsync(_client.QueryPath + "/tx", null, null, mode, Bookmarks, null, cancellationToken);
        var id = response.TransactionId
            ?? throw new Core.Errors.GraphException(Core.Errors.ErrorCodes.DatabaseError, "Neo4j opened no transaction (no transaction id in its answer).");
        return new Neo4jTransaction(_client, $"{_client.QueryPath}/tx/{Uri.EscapeDataString(id)}", response.ClusterAffinity, Remember);
    }

    public ValueTask DisposeAsync()
    {
        _ownedHttp?.Dispose();
        return ValueTask.CompletedTask;
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
