using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.TestSupport.Fakes;

namespace Graph.Neo4j.Tests.Retry;

// Locks down which Neo4j failures are retried and how: reads again, writes as whole explicit
// transactions, client errors and possibly-applied writes never; attempts and time bounded.
public sealed class TransientRetryTests : IDisposable
{
    private const string Unavailable = "Neo.TransientError.General.DatabaseUnavailable";
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";
    private readonly FakeNeo4j _neo4j = new();
    private readonly ManualClock _clock = new() { AutoAdvance = true };

    private Neo4jGraphDatabase Db(RetryPolicy? policy = null) => new(
        new Neo4jOptions { Uri = FakeNeo4j.Address, Retry = policy ?? new RetryPolicy { MaxAttempts = 5, Jitter = 0 } },
        _neo4j.Client(),
        _clock);

    [Fact]
    public async Task A_read_is_retried_after_transient_errors_and_then_succeeds()
    {
        _neo4j.ThenError(Unavailable);
        _neo4j.ThenError(Unavailable);
        await using var db = Db();

        var result = await db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read);

        Assert.Equal(1L, result.Records[0]["ok"]);
        Assert.Equal(3, _neo4j.Requests.Count);
        Assert.All(_neo4j.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], _clock.Delays);
    }

    [Fact]
    public async Task A_read_whose_connection_dropped_after_sending_is_retried()
    {
        _neo4j.ThenConnectionLost(afterSending: true);
        await using var db = Db();

        var result = await db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read);

        Assert.Equal(1L, result.Records[0]["ok"]);
        Assert.Equal(2, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        _neo4j.ThenError(ErrorCodes.SyntaxError, "Invalid input 'RETRN' (line 1, column 1 (offset: 0))");
        await using var db = Db();

        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETRN 1", mode: AccessMode.Read));

        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Single(_neo4j.Requests);
        Assert.Empty(_clock.Delays);
    }

    [Fact]
    public async Task A_terminated_transaction_is_not_retried_though_its_code_is_transient()
    {
        _neo4j.ThenError("Neo.TransientError.Transaction.Terminated");
        await using var db = Db();

        await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read));

        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task A_write_runs_in_an_explicit_transaction_retried_as_a_whole()
    {
        _neo4j.ThenHealthy();
        _neo4j.ThenError(Deadlock);
        await using var db = Db();

        await db.RunAsync("CREATE (:State {id: $id})", new Dictionary<string, object?> { ["id"] = "kz" });

        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx2", "/db/neo4j/query/v2/tx/tx2/commit"],
            _neo4j.Requests.Select(r => r.Path));
        Assert.Equal(["CREATE (:State {id: $id})", "CREATE (:State {id: $id})"], _neo4j.Statements);
        Assert.Single(_clock.Delays);
    }

    [Fact]
    public async Task A_write_whose_statement_answer_was_lost_is_rolled_back_and_retried()
    {
        _neo4j.ThenHealthy();
        _neo4j.ThenConnectionLost(afterSending: true);
        await using var db = Db();

        await db.RunAsync("CREATE (:State {id: 'kz'})");

        // The uncommitted first transaction is rolled back, then the whole unit runs again and commits.
        Assert.Equal(
            [("POST", "/db/neo4j/query/v2/tx"), ("POST", "/db/neo4j/query/v2/tx/tx1"), ("DELETE", "/db/neo4j/query/v2/tx/tx1"),
             ("POST", "/db/neo4j/query/v2/tx"), ("POST", "/db/neo4j/query/v2/tx/tx2"), ("POST", "/db/neo4j/query/v2/tx/tx2/commit")],
            _neo4j.Requests.Select(r => (r.Method, r.Path)));
    }

    [Fact]
    public async Task A_write_whose_commit_answer_was_lost_is_not_sent_again()
    {
        _neo4j.ThenHealthy();
        _neo4j.ThenHealthy();
        _neo4j.ThenConnectionLost(afterSending: true);
        await using var db = Db();

        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("CREATE (:State {id: 'kz'})"));

        Assert.Equal(Neo4jTransaction.CommitFailed, error.Code);
        Assert.Contains("may or may not have been applied", error.Message, StringComparison.Ordinal);
        Assert.Single(_neo4j.Statements);
        Assert.Single(_neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_commit_that_never_reached_neo4j_is_retried_with_the_whole_transaction()
    {
        _neo4j.ThenHealthy();
        _neo4j.ThenHealthy();
        _neo4j.ThenConnectionLost(afterSending: false);
        await using var db = Db();

        await db.RunAsync("CREATE (:State {id: 'kz'})");

        Assert.Equal(2, _neo4j.Statements.Count);
        Assert.Equal("/db/neo4j/query/v2/tx/tx2/commit", _neo4j.Requests[^1].Path);
    }

    [Fact]
    public async Task A_503_is_retried_and_a_502_on_commit_is_not()
    {
        _neo4j.Then(503, "");
        await using var db = Db();
        Assert.Equal(1L, (await db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read)).Records[0]["ok"]);

        _neo4j.ThenHealthy();
        _neo4j.ThenHealthy();
        _neo4j.Then(502, "Bad Gateway");
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("CREATE (:State {id: 'kz'})"));
        Assert.Equal(Neo4jTransaction.CommitFailed, error.Code);
    }

    [Fact]
    public async Task An_in_transactions_write_runs_auto_commit_and_is_retried_only_if_it_never_arrived()
    {
        const string Batched = "MATCH (n:Old) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS";
        _neo4j.ThenConnectionLost(afterSending: false);
        _neo4j.ThenError(Unavailable);
        await using var db = Db();

        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync(Batched));

        // Refused connection: sent again. Transient error from Neo4j: some batches may have committed, so not again.
        Assert.Equal(Unavailable, error.Code);
        Assert.Equal(2, _neo4j.Requests.Count);
        Assert.All(_neo4j.Requests, r => Assert.Equal(("/db/neo4j/query/v2", Batched), (r.Path, r.Statement)));
    }

    [Fact]
    public async Task Retries_stop_after_the_attempt_bound_with_a_clear_error()
    {
        for (var i = 0; i < 10; i++) _neo4j.ThenError(Unavailable, "database is starting");
        await using var db = Db(new RetryPolicy { MaxAttempts = 3, Jitter = 0 });

        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read));

        Assert.Equal(Unavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal("database is starting (gave up after 3 attempts over 0.6 s)", error.Message);
        Assert.Equal(3, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_when_the_next_pause_would_pass_the_time_budget()
    {
        for (var i = 0; i < 20; i++) _neo4j.ThenError(Unavailable);
        await using var db = Db(new RetryPolicy { MaxAttempts = 100, Jitter = 0, MaxRetryTime = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read));

        // 0.2 s + 0.4 s spent; the next pause (0.8 s) would end past 1 s.
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], _clock.Delays);
        Assert.Contains("gave up after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pauses_grow_exponentially_up_to_the_maximum_delay()
    {
        for (var i = 0; i < 5; i++) _neo4j.ThenError(Unavailable);
        await using var db = Db(new RetryPolicy { MaxAttempts = 6, Jitter = 0, MaxDelay = TimeSpan.FromMilliseconds(500), MaxRetryTime = TimeSpan.FromMinutes(1) });

        await db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read);

        Assert.Equal([200, 400, 500, 500, 500], _clock.Delays.Select(d => d.TotalMilliseconds));
    }

    [Fact]
    public async Task Unavailability_is_announced_once_the_retries_give_up_and_other_failures_are_not()
    {
        await using var db = Db(new RetryPolicy { MaxAttempts = 2, Jitter = 0 });
        var announced = new List<GraphException>();
        db.Unavailable += announced.Add;

        _neo4j.ThenError(ErrorCodes.SyntaxError);
        await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETRN 1", mode: AccessMode.Read));
        _neo4j.ThenError(Unavailable);
        await db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read);
        Assert.Empty(announced);

        _neo4j.Down = true;
        var error = await Assert.ThrowsAsync<GraphException>(() => db.RunAsync("RETURN 1 AS ok", mode: AccessMode.Read));

        Assert.Same(error, Assert.Single(announced));
        Assert.Equal(2, _neo4j.Refused);
    }

    public void Dispose()
    {
        _neo4j.Dispose();
    }
}
