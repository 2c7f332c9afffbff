using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

// Locks down statement atomicity, explicit transactions (commit, rollback, dispose, failed statement) and EXPLAIN/PROFILE.
public sealed class TransactionTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private long Count() => (long)_db.Scalar("MATCH (n) RETURN count(n)")!;

    [Fact]
    public async Task Failing_statement_changes_nothing()
    {
        await Assert.ThrowsAsync<GraphException>(() => _db.Engine.RunAsync("UNWIND [1, 0] AS x CREATE (:N {v: 1 / x})"));
        Assert.Equal(0L, Count());
    }

    [Fact]
    public async Task Commit_makes_all_statements_visible()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:N)");
        var inside = await tx.RunAsync("MATCH (n) RETURN count(n) AS c");
        Assert.Equal(1L, inside.Records.Single()["c"]);
        await tx.CommitAsync();
        Assert.Equal(1L, Count());
    }

    [Fact]
    public async Task Rollback_and_dispose_discard_changes()
    {
        await using (var tx = await _db.Engine.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:N)");
            await tx.RollbackAsync();
        }
        await using (var tx = await _db.Engine.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:N)");
        }
        Assert.Equal(0L, Count());
    }

    [Fact]
    public async Task Failed_statement_inside_transaction_rolls_back_only_itself()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:Kept)");
        await Assert.ThrowsAsync<GraphException>(() => tx.RunAsync("CREATE (:Lost) WITH 1 AS x RETURN 1 / 0"));
        await tx.CommitAsync();
        Assert.Equal(1L, Count());
        Assert.Equal(1L, _db.Scalar("MATCH (n:Kept) RETURN count(n)"));
    }

    [Fact]
    public async Task Writer_waits_no_longer_than_the_statement_timeout()
    {
        using var db = new Db(new EmbeddedGraphOptions { StatementTimeout = TimeSpan.FromMilliseconds(200) });
        await using var tx = await db.Engine.BeginTransactionAsync();
        var ex = await Assert.ThrowsAsync<GraphException>(() => db.Engine.RunAsync("CREATE (:N)"));
        Assert.Equal(ErrorCodes.TransactionTimedOut, ex.Code);
    }

    [Fact]
    public async Task Readers_do_not_wait_for_an_open_writer()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:N)");
        var outside = await _db.Engine.RunAsync("MATCH (n) RETURN count(n) AS c", mode: AccessMode.Read);
        Assert.Equal(0L, outside.Records.Single()["c"]);
    }

    [Fact]
    public async Task Read_transaction_rejects_writes()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync(AccessMode.Read);
        var ex = await Assert.ThrowsAsync<GraphException>(() => tx.RunAsync("CREATE (:N)"));
        Assert.Equal(ErrorCodes.AccessMode, ex.Code);
    }

    [Fact]
    public void Explain_returns_the_plan_without_running()
    {
        var result = _db.Run("EXPLAIN CREATE (:N)");
        Assert.Contains("Operator", result.Columns);
        Assert.Contains(result.Records, r => (string?)r["Operator"] == "Create");
        Assert.Equal(0L, Count());
    }

    [Fact]
    public void Explain_of_a_write_is_allowed_in_read_mode_but_profile_is_not()
    {
        Assert.NotEmpty(_db.Run("EXPLAIN CREATE (:N)", null, AccessMode.Read).Records);
        var ex = Assert.Throws<GraphException>(() => _db.Run("PROFILE CREATE (:N)", null, AccessMode.Read));
        Assert.Equal(ErrorCodes.AccessMode, ex.Code);
    }

    [Fact]
    public void Profile_runs_and_reports_rows()
    {
        var result = _db.Run("PROFILE UNWIND [1, 2, 3] AS x RETURN x");
        Assert.Contains("Rows", result.Columns);
        Assert.Equal(3L, result.Records.First(r => (string?)r["Operator"] == "ProduceResults")["Rows"]);
    }

    [Fact]
    public void Call_in_transactions_runs_within_the_statement()
    {
        var result = _db.Run("UNWIND range(1, 5) AS i CALL (i) { CREATE (:Batch {i: i}) } IN TRANSACTIONS OF 2 ROWS");
        Assert.Equal(5, result.Counters.NodesCreated);
    }

    [Fact]
    public void Explain_chooses_index_seek_only_when_an_index_exists()
    {
        _db.Run("UNWIND range(1, 10) AS i CREATE (:Person {name: 'p' + i})");
        var before = _db.Run("EXPLAIN MATCH (p:Person {name: 'p1'}) RETURN p").Records.Select(r => (string?)r["Operator"]).ToList();
        Assert.Contains("NodeByLabelScan", before);
        _db.Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        var after = _db.Run("EXPLAIN MATCH (p:Person) WHERE p.name = $n RETURN p").Records.Select(r => (string?)r["Operator"]).ToList();
        Assert.Contains("NodeIndexSeek", after);
    }

    [Fact]
    public void Profile_counts_rows_per_clause()
    {
        _db.Run("CREATE (:A), (:A), (:B)");
        var rows = _db.Run("PROFILE MATCH (a:A) RETURN a").Records;
        var scan = rows.First(r => (string?)r["Operator"] == "NodeByLabelScan");
        Assert.Equal(2L, scan["Estimated Rows"]);
        Assert.Equal(2L, scan["Rows"]);
    }

    [Fact]
    public async Task Cancellation_terminates()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAsync<GraphException>(() => _db.Engine.RunAsync("UNWIND range(1, 100000) AS x RETURN count(x)", cancellationToken: cts.Token));
        Assert.Equal(ErrorCodes.Terminated, ex.Code);
    }
}
