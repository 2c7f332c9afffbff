using Graph.Core.Errors;
using Graph.Cypher.Tests.Durability;

namespace Graph.Cypher.Tests.Execution;

// Locks down CALL { … } IN TRANSACTIONS on the embedded engine, from the Cypher manual's examples: batches commit one
// by one (a failing batch leaves the earlier ones committed, also on disk), ON ERROR CONTINUE / BREAK / FAIL, REPORT
// STATUS, the restrictions Neo4j checks before running, and the refusal inside an explicit transaction.
public sealed class CallInTransactionsTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private const string Body = "CALL (i) { CREATE (n:Person {num: 100 / i}) RETURN n } IN TRANSACTIONS";

    private List<object?> Nums() => _db.Column("MATCH (p:Person) RETURN p.num ORDER BY p.num").ToList();

    [Fact]
    public void A_failing_batch_leaves_the_batches_before_it_committed_and_reports_how_many()
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run("UNWIND [4, 2, 1, 0] AS i CALL (i) { CREATE (:Person {num: 100 / i}) } IN TRANSACTIONS OF 2 ROWS RETURN i"));
        Assert.Equal(ErrorCodes.ArithmeticError, ex.Code);
        Assert.Equal("/ by zero (Transactions committed: 1)", ex.Message);
        Assert.Equal([25L, 50L], Nums());
    }

    [Fact]
    public void On_error_fail_is_the_default_and_may_be_written()
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run($"UNWIND [1, 0, 2, 4] AS i {Body} OF 1 ROW ON ERROR FAIL RETURN n.num"));
        Assert.Equal("/ by zero (Transactions committed: 1)", ex.Message);
        Assert.Equal([100L], Nums());
    }

    [Theory]
    [InlineData(1, new long[] { 100, -1, 50, 25 }, new long[] { 25, 50, 100 })]
    [InlineData(2, new long[] { -1, -1, 50, 25 }, new long[] { 25, 50 })]
    public void On_error_continue_rolls_back_the_failed_batch_only(int rows, long[] returned, long[] stored)
    {
        var result = _db.Run($"UNWIND [1, 0, 2, 4] AS i {Body} OF {rows} ROWS ON ERROR CONTINUE RETURN n.num");
        Assert.Equal(returned.Select(v => v < 0 ? null : (object?)v), result.Records.Select(r => r[0]));
        Assert.Equal(stored.Cast<object?>(), Nums());
        // Only committed batches count.
        Assert.Equal(stored.Length, result.Counters.NodesCreated);
    }

    [Theory]
    [InlineData(1, new long[] { 100, -1, -1, -1 }, new long[] { 100 })]
    [InlineData(2, new long[] { -1, -1, -1, -1 }, new long[0])]
    public void On_error_break_runs_no_batch_after_the_failed_one(int rows, long[] returned, long[] stored)
    {
        var result = _db.Run($"UNWIND [1, 0, 2, 4] AS i {Body} OF {rows} ROWS ON ERROR BREAK RETURN n.num");
        Assert.Equal(returned.Select(v => v < 0 ? null : (object?)v), result.Records.Select(r => r[0]));
        Assert.Equal(stored.Cast<object?>(), Nums());
    }

    [Fact]
    public void Report_status_with_continue_gives_each_row_its_inner_transaction()
    {
        var records = _db.Run($"UNWIND [1, 0, 2, 4] AS i {Body} OF 1 ROW ON ERROR CONTINUE REPORT STATUS AS s RETURN n.num AS num, s").Records;
        var statuses = records.Select(r => (IReadOnlyDictionary<string, object?>)r["s"]!).ToList();
        Assert.Equal([true, false, true, true], statuses.Select(s => s["committed"]));
        Assert.All(statuses, s => Assert.Equal(true, s["started"]));
        Assert.Equal([null, "/ by zero", null, null], statuses.Select(s => s["errorMessage"]));
        var ids = statuses.Select(s => Assert.IsType<string>(s["transactionId"])).ToList();
        Assert.All(ids, id => Assert.StartsWith("neo4j-transaction-", id));
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Report_status_with_break_marks_later_batches_as_not_started()
    {
        var records = _db.Run($"UNWIND [1, 0, 2, 4] AS i {Body} OF 1 ROW ON ERROR BREAK REPORT STATUS AS s RETURN n.num, s.started, s.committed, s.errorMessage, s.transactionId").Records;
        Assert.Equal([100L, null, null, null], records.Select(r => r[0]));
        Assert.Equal([true, true, false, false], records.Select(r => r[1]));
        Assert.Equal([true, false, false, false], records.Select(r => r[2]));
        Assert.Equal([null, "/ by zero", null, null], records.Select(r => r[3]));
        Assert.Null(records[3][4]);
    }

    [Fact]
    public void Rows_go_into_batches_of_one_thousand_by_default()
    {
        var ids = _db.Column("UNWIND range(1, 2500) AS i CALL (i) { CREATE (:Bulk {i: i}) } IN TRANSACTIONS ON ERROR CONTINUE REPORT STATUS AS s RETURN s.transactionId");
        Assert.Equal(2500, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(2500L, _db.Scalar("MATCH (b:Bulk) RETURN count(b)"));
    }

    [Fact]
    public void The_batch_size_may_be_a_parameter_and_must_be_positive()
    {
        var ids = _db.Column("UNWIND range(1, 5) AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS OF $n ROWS ON ERROR CONTINUE REPORT STATUS AS s RETURN s.transactionId", new Dictionary<string, object?> { ["n"] = 2L });
        Assert.Equal(3, ids.Distinct().Count());
        var ex = Assert.Throws<GraphException>(() => _db.Run("UNWIND [1] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS OF $n ROWS", new Dictionary<string, object?> { ["n"] = 0L }));
        Assert.Equal(ErrorCodes.ArgumentError, ex.Code);
        Assert.Contains("Must be a positive integer", ex.Message);
    }

    [Theory]
    [InlineData("IN CONCURRENT TRANSACTIONS")]
    [InlineData("IN 3 CONCURRENT TRANSACTIONS OF 2 ROWS")]
    [InlineData("IN $c CONCURRENT TRANSACTIONS OF 10 ROWS ON ERROR CONTINUE")]
    public void Concurrent_transactions_are_accepted_and_run_every_batch(string tail)
    {
        var result = _db.Run($"UNWIND range(1, 7) AS i CALL (i) {{ CREATE (:C {{i: i}}) }} {tail}", new Dictionary<string, object?> { ["c"] = 2L });
        Assert.Equal(7, result.Counters.NodesCreated);
        Assert.Equal(7L, _db.Scalar("MATCH (c:C) RETURN count(c)"));
    }

    [Fact]
    public void Deleting_in_batches_removes_every_node()
    {
        _db.Run("UNWIND range(1, 9) AS i CREATE (:D {i: i})-[:R]->(:E)");
        var result = _db.Run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2 ROWS");
        Assert.Equal(18, result.Counters.NodesDeleted);
        Assert.Equal(9, result.Counters.RelationshipsDeleted);
        Assert.Equal(0L, _db.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task An_explicit_transaction_refuses_it_as_Neo4j_does()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync();
        var ex = await Assert.ThrowsAsync<GraphException>(() => tx.RunAsync("UNWIND [1, 2] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS"));
        Assert.Equal("Neo.DatabaseError.Transaction.TransactionStartFailed", ex.Code);
        Assert.Equal("A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.", ex.Message);
        await tx.CommitAsync();
        Assert.Equal(0L, _db.Scalar("MATCH (p:P) RETURN count(p)"));
    }

    [Theory]
    [InlineData("UNWIND [1, 0] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS ON ERROR FAIL REPORT STATUS AS s RETURN s", "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK")]
    [InlineData("UNWIND [1] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS REPORT STATUS AS s RETURN s", "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK")]
    [InlineData("CREATE (foo) WITH foo AS foo CALL { CREATE (x) } IN TRANSACTIONS RETURN foo AS foo", "CALL { ... } IN TRANSACTIONS after a write clause is not supported")]
    [InlineData("RETURN 1 AS result UNION CALL { CREATE (x) } IN TRANSACTIONS RETURN 2 AS result", "CALL { ... } IN TRANSACTIONS in a UNION is not supported")]
    [InlineData("CALL { CALL { CREATE (x) } IN TRANSACTIONS } RETURN 1", "Nested CALL { ... } IN TRANSACTIONS is not supported")]
    [InlineData("UNWIND [1] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS OF 2 ROWS OF 3 ROWS", "Duplicated OF ROWS parameter")]
    public void Restrictions_are_checked_before_anything_runs(string statement, string message)
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run(statement));
        Assert.Equal(ErrorCodes.SyntaxError, ex.Code);
        Assert.Equal(ErrorPhase.Compile, ex.Phase);
        Assert.StartsWith(message, ex.Message);
        Assert.Equal(0L, _db.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void Writes_after_an_earlier_transactional_call_are_allowed()
    {
        var result = _db.Run("UNWIND [1, 2] AS i CALL (i) { CREATE (:P) } IN TRANSACTIONS WITH count(*) AS c CALL (c) { CREATE (:Q) } IN TRANSACTIONS RETURN c");
        Assert.Equal(2L, result.Records.Single()[0]);
        Assert.Equal(3, result.Counters.NodesCreated);
    }

    [Fact]
    public void Committed_batches_survive_a_failure_on_disk()
    {
        using var dir = new TempDataDirectory();
        using (var db = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path }))
        {
            Assert.Throws<GraphException>(() => db.Run("UNWIND [5, 4, 2, 1, 0, 10] AS i CALL (i) { CREATE (:Person {num: 100 / i}) } IN TRANSACTIONS OF 2 ROWS"));
        }
        using var reopened = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path });
        Assert.Equal([20L, 25L, 50L, 100L], reopened.Column("MATCH (p:Person) RETURN p.num ORDER BY p.num"));
    }
}
