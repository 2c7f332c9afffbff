using Graph.Bolt.PackStream;
using Graph.Bolt.Values;
using Graph.Core.Errors;
using Graph.Core.Store;
using M = Graph.Bolt.Protocol.BoltMessages;

namespace Graph.Bolt.Protocol;

/// <summary>
/// One connection's Bolt conversation after the handshake: the state machine that takes each request in order
/// and answers it through the <see cref="BoltResponder"/>. Statements run on the store the service uses;
/// a reader's statements (and an anonymous caller's) always run in read mode, so the engine refuses writes.
/// </summary>
public sealed class BoltSession(
    IGraphDatabase store,
    IBoltAuthenticator authenticator,
    BoltStatementLimits limits,
    BoltBookmarks bookmarks,
    IBoltStatementGate gate,
    BoltVersion version,
    BoltSessionInfo info) : IAsyncDisposable
{
    /// <summary>The one database this server has, named as Neo4j names its default.</summary>
    public const string DatabaseName = "neo4j";

    /// <summary>Neo4j's code for a server with no room for the request now; drivers retry it.</summary>
    public const string Busy = "Neo.TransientError.Request.ResourceExhaustion";

    private BoltState _state = BoltState.Negotiation;
    private BoltDialect _dialect = version.Dialect;
    private BoltSignIn? _signIn;
    private IGraphTransaction? _transaction;
    private TimeSpan _transactionTimeout;
    private BoltResult? _autoCommit;
    private readonly List<BoltResult> _open = [];
    private long _nextQueryId;

    public BoltVersion Version => version;

    /// <summary>False once the connection is to be closed (GOODBYE, a failed sign-in, a protocol violation).</summary>
    public bool Open => _state != BoltState.Defunct;

    public async Task HandleAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        responder.Dialect = _dialect;
        if (message.Tag == M.Goodbye)
        {
            await CloseTransactionAsync();
            _state = BoltState.Defunct;
            return;
        }
        if (message.Tag == M.Reset)
        {
            await ResetAsync(responder);
            return;
        }
        if (_state == BoltState.Failed)
        {
            responder.Ignored();
            return;
        }
        try
        {
            await DispatchAsync(message, responder, cancellationToken);
        }
        catch (BoltProtocolException e)
        {
            responder.Failure(BoltFailure.Invalid(e.Message));
            await CloseTransactionAsync();
            _state = BoltState.Defunct;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted by a RESET the client sent behind this request (or the server stopping): as Bolt's
            // INTERRUPTED state asks, the request is IGNORED and whatever transaction it ran in is rolled back.
            responder.Ignored();
            await CloseTransactionAsync();
            _state = _state is BoltState.Negotiation or BoltState.Authentication ? BoltState.Defunct : BoltState.Failed;
        }
        catch (Exception e)
        {
            if (e is not (GraphException or BoltValueException or PackStreamException)) info.OnError?.Invoke(e);
            responder.Failure(Failure(e));
            await CloseTransactionAsync();
            _state = _state is BoltState.Negotiation or BoltState.Authentication ? BoltState.Defunct : BoltState.Failed;
        }
    }

    private Task DispatchAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken) =>
        (_state, message.Tag) switch
        {
            (BoltState.Negotiation, M.Hello) => HelloAsync(message, responder, cancellationToken),
            (BoltState.Authentication, M.Logon) => LogonAsync(message, responder, cancellationToken),
            (BoltState.Ready, M.Logoff) when version.HasLogon => Logoff(message, responder),
            (BoltState.Ready, M.Run) => RunAutoCommitAsync(message, responder, cancellationToken),
            (BoltState.Ready, M.Begin) => BeginAsync(message, responder, cancellationToken),
            (BoltState.Ready, M.Route) => Route(message, responder),
            (BoltState.Ready, M.Telemetry) when version.HasTelemetry => Done(responder),
            (BoltState.Streaming, M.Pull or M.Discard) => StreamAutoCommit(message, responder),
            (BoltState.TxReady or BoltState.TxStreaming, M.Run) => RunInTransactionAsync(message, responder, cancellationToken),
            (BoltState.TxStreaming, M.Pull or M.Discard) => StreamInTransaction(message, responder),
            (BoltState.TxReady or BoltState.TxStreaming, M.Commit) => CommitAsync(responder, cancellationToken),
            (BoltState.TxReady or BoltState.TxStreaming, M.Rollback) => RollbackAsync(responder),
            _ => throw new BoltProtocolException($"Message 0x{message.Tag:X2} is not allowed in state {_state}."),
        };

    private async Task HelloAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        BoltRequest.Expect(message, 1);
        var extra = BoltRequest.Map(message, 0);
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["server"] = info.ServerAgent,
            ["connection_id"] = info.ConnectionId,
        };
        var hints = new Dictionary<string, object?>(StringComparer.Ordinal) { ["connection.recv_timeout_seconds"] = (long)info.IdleTimeout.TotalSeconds };
        if (version.HasTelemetry) hints["telemetry.enabled"] = true;
        metadata["hints"] = hints;
        if (version.Major == 4 && extra.GetValueOrDefault("patch_bolt") is List<object?> patches && patches.Contains("utc"))
        {
            // Bolt 4.4's "utc" patch: date-times go as UTC seconds, as in Bolt 5.
            _dialect = BoltDialect.V44 with { UtcDateTime = true };
            responder.Dialect = _dialect;
            metadata["patch_bolt"] = new List<object?> { "utc" };
        }
        if (version.HasLogon)
        {
            _state = BoltState.Authentication;
        }
        else
        {
            // Bolt 4.4 and 5.0 carry the credentials in HELLO itself.
            if (!await SignInAsync(extra, cancellationToken, responder)) return;
            _state = BoltState.Ready;
        }
        responder.Success(metadata);
    }

    private async Task LogonAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        BoltRequest.Expect(message, 1);
        if (!await SignInAsync(BoltRequest.Map(message, 0), cancellationToken, responder)) return;
        _state = BoltState.Ready;
        responder.Success(Empty());
    }

    private async Task<bool> SignInAsync(IReadOnlyDictionary<string, object?> token, CancellationToken cancellationToken, BoltResponder responder)
    {
        var signIn = await authenticator.SignInAsync(token, cancellationToken);
        if (!signIn.Succeeded)
        {
            // As Neo4j does: the failure is answered and the connection closed.
            responder.Failure(new BoltFailure(ErrorCodes.Unauthorized, signIn.Refusal!));
            _state = BoltState.Defunct;
            return false;
        }
        _signIn = signIn;
        return true;
    }

    private Task Logoff(PackStructure message, BoltResponder responder)
    {
        BoltRequest.Expect(message, 0);
        _signIn = null;
        _state = BoltState.Authentication;
        responder.Success(Empty());
        return Task.CompletedTask;
    }

    private async Task RunAutoCommitAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        var (statement, parameters, extra) = ReadRun(message);
        CheckDatabase(extra);
        var mode = ModeOf(extra);
        var timeout = TimeoutOf(extra);
        var result = await RunStatementAsync(timeout, token => store.RunLimitedAsync(statement, parameters, mode, limits.MaxRows, token), cancellationToken);
        _autoCommit = new BoltResult(result, -1, limits.MaxResultBytes, autoCommit: true);
        _state = BoltState.Streaming;
        responder.Success(RunSuccess(result, null));
    }

    private Task StreamAutoCommit(PackStructure message, BoltResponder responder)
    {
        var (n, _) = ReadPull(message);
        Stream(_autoCommit!, message.Tag, n, responder, summary =>
        {
            summary["bookmark"] = bookmarks.Next();
            return summary;
        });
        if (_autoCommit!.Done)
        {
            _autoCommit = null;
            _state = BoltState.Ready;
        }
        return Task.CompletedTask;
    }

    private async Task BeginAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        BoltRequest.Expect(message, 1);
        var extra = BoltRequest.Map(message, 0);
        CheckDatabase(extra);
        _transactionTimeout = TimeoutOf(extra);
        _transaction = await WithDeadlineAsync(_transactionTimeout, token => store.BeginTransactionAsync(ModeOf(extra), token), cancellationToken);
        _nextQueryId = 0;
        _state = BoltState.TxReady;
        responder.Success(Empty());
    }

    private async Task RunInTransactionAsync(PackStructure message, BoltResponder responder, CancellationToken cancellationToken)
    {
        var (statement, parameters, _) = ReadRun(message);
        var transaction = _transaction!;
        var result = await RunStatementAsync(_transactionTimeout, token => transaction.RunAsync(statement, parameters, token), cancellationToken);
        var queryId = _nextQueryId++;
        _open.Add(new BoltResult(result.Limit(limits.MaxRows), queryId, limits.MaxResultBytes, autoCommit: false));
        _state = BoltState.TxStreaming;
        responder.Success(RunSuccess(result, queryId));
    }

    private Task StreamInTransaction(PackStructure message, BoltResponder responder)
    {
        var (n, queryId) = ReadPull(message);
        var result = queryId == -1 ? _open.LastOrDefault() : _open.Find(r => r.QueryId == queryId);
        if (result is null) throw new BoltProtocolException($"No open result has qid {queryId}.");
        Stream(result, message.Tag, n, responder, summary => summary);
        if (result.Done) _open.Remove(result);
        if (_open.Count == 0) _state = BoltState.TxReady;
        return Task.CompletedTask;
    }

    private async Task CommitAsync(BoltResponder responder, CancellationToken cancellationToken)
    {
        var transaction = _transaction!;
        _transaction = null;
        _open.Clear();
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaction.DisposeAsync();
        }
        _state = BoltState.Ready;
        responder.Success(new Dictionary<string, object?>(StringComparer.Ordinal) { ["bookmark"] = bookmarks.Next(), ["db"] = DatabaseName });
    }

    private async Task RollbackAsync(BoltResponder responder)
    {
        await CloseTransactionAsync();
        _state = BoltState.Ready;
        responder.Success(Empty());
    }

    private Task Route(PackStructure message, BoltResponder responder)
    {
        BoltRequest.Expect(message, 3);
        var context = BoltRequest.Map(message, 0);
        // 4.4 and 5.x send an extra map ({db, imp_user}); the database asked for must be this one.
        if (message.Fields[2] is Dictionary<string, object?> extra) CheckDatabase(extra);
        var address = context.GetValueOrDefault("address") as string is { Length: > 0 } asked ? asked : info.AdvertisedAddress;
        List<object?> addresses = [address];
        Dictionary<string, object?> Server(string role) => new(StringComparer.Ordinal) { ["addresses"] = addresses, ["role"] = role };
        var table = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ttl"] = 300L,
            ["db"] = DatabaseName,
            ["servers"] = new List<object?> { Server("ROUTE"), Server("READ"), Server("WRITE") },
        };
        responder.Success(new Dictionary<string, object?>(StringComparer.Ordinal) { ["rt"] = table });
        return Task.CompletedTask;
    }

    private async Task ResetAsync(BoltResponder responder)
    {
        if (_state is BoltState.Negotiation or BoltState.Authentication or BoltState.Defunct)
        {
            // Nothing to reset before sign-in; RESET there is answered but changes nothing.
            if (_state == BoltState.Defunct) return;
            responder.Success(Empty());
            return;
        }
        await CloseTransactionAsync();
        _state = BoltState.Ready;
        responder.Success(Empty());
    }

    private void Stream(BoltResult result, byte tag, long n, BoltResponder responder, Func<Dictionary<string, object?>, Dictionary<string, object?>> summary)
    {
        if (tag == M.Pull) result.Pull(n, responder, summary);
        else result.Discard(responder, summary);
    }

    private Task Done(BoltResponder responder)
    {
        responder.Success(Empty());
        return Task.CompletedTask;
    }

    // A statement runs holding one of the host's statement slots; the slot is given back once its rows are buffered.
    private async Task<QueryResult> RunStatementAsync(TimeSpan timeout, Func<CancellationToken, Task<QueryResult>> work, CancellationToken cancellationToken)
    {
        using var slot = await gate.TryEnterAsync(cancellationToken)
            ?? throw new GraphException(Busy, "The server is running as many statements as it allows at once (Graph:Cypher:MaxConcurrentQueries); retry shortly.");
        return await WithDeadlineAsync(timeout, work, cancellationToken);
    }

    private async Task<T> WithDeadlineAsync<T>(TimeSpan timeout, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            // WaitAsync answers on time even if the engine is slow to notice the cancellation.
            return await work(deadline.Token).WaitAsync(deadline.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested
                                   && e is OperationCanceledException or GraphException { Code: ErrorCodes.Terminated })
        {
            throw new GraphException(ErrorCodes.TransactionTimedOut, $"The statement did not finish within {timeout} and was terminated.");
        }
    }

    private BoltFailure Failure(Exception e)
    {
        // A reader's write is refused by the engine's read mode; say why in the words of the service's roles.
        if (e is GraphException { Code: ErrorCodes.AccessMode } && _signIn is { CanWrite: false })
        {
            return new BoltFailure(BoltFailure.Forbidden, "Writing needs the editor role; this sign-in may only read. " + e.Message);
        }
        return BoltFailure.From(e);
    }

    private (string Statement, Dictionary<string, object?> Parameters, IReadOnlyDictionary<string, object?> Extra) ReadRun(PackStructure message)
    {
        BoltRequest.Expect(message, 2, 3);
        var statement = BoltRequest.Text(message, 0);
        var parameters = BoltValueReader.ToMap(BoltRequest.Map(message, 1), _dialect);
        return (statement, parameters, BoltRequest.Map(message, 2));
    }

    private static (long N, long QueryId) ReadPull(PackStructure message)
    {
        BoltRequest.Expect(message, 0, 1);
        var extra = BoltRequest.Map(message, 0);
        var n = BoltRequest.Int(extra, "n", -1);
        if (n == 0 || n < -1) throw new BoltProtocolException("'n' must be a positive number of records, or -1 for all.");
        return (n, BoltRequest.Int(extra, "qid", -1));
    }

    /// <summary>Read unless the caller may write and did not ask for read mode.</summary>
    private AccessMode ModeOf(IReadOnlyDictionary<string, object?> extra) =>
        _signIn is { CanWrite: true } && BoltRequest.OptionalText(extra, "mode") != "r" ? AccessMode.Write : AccessMode.Read;

    private TimeSpan TimeoutOf(IReadOnlyDictionary<string, object?> extra)
    {
        var asked = BoltRequest.Int(extra, "tx_timeout", 0);
        return asked > 0 && TimeSpan.FromMilliseconds(asked) < limits.Timeout ? TimeSpan.FromMilliseconds(asked) : limits.Timeout;
    }

    private static void CheckDatabase(IReadOnlyDictionary<string, object?> extra)
    {
        var database = BoltRequest.OptionalText(extra, "db");
        if (database is not (null or "" or DatabaseName))
        {
            throw new GraphException(BoltFailure.DatabaseNotFound, $"Database '{database}' does not exist; this server has one database, '{DatabaseName}'.");
        }
        if (BoltRequest.OptionalText(extra, "imp_user") is not null)
        {
            throw new GraphException(BoltFailure.Forbidden, "Impersonation is not supported by this server.");
        }
    }

    private static Dictionary<string, object?> RunSuccess(QueryResult result, long? queryId)
    {
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["fields"] = result.Columns.Cast<object?>().ToList(),
            ["t_first"] = 0L,
        };
        if (queryId is { } qid) metadata["qid"] = qid;
        return metadata;
    }

    private static Dictionary<string, object?> Empty() => new(StringComparer.Ordinal);

    private async Task CloseTransactionAsync()
    {
        _open.Clear();
        _autoCommit = null;
        if (_transaction is not { } transaction) return;
        _transaction = null;
        try
        {
            await transaction.RollbackAsync();
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await CloseTransactionAsync();
}
