using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

// Locks down the synchronous read path of RunAsync (errors only through the task, cancellation and timeout
// still honoured) and that rows sharing bindings stay isolated between branches, subqueries and rebindings.
public sealed class FastReadPathTests : IDisposable
{
    private readonly Db _db = new();

    public FastReadPathTests()
    {
        _db.Run("""
            CREATE (a1:A {name: 'a1'}), (a2:A {name: 'a2'}), (a3:A {name: 'a3'}),
                   (b1:B {name: 'b1'}), (b2:B {name: 'b2'}), (c1:C {name: 'c1'}),
                   (a1)-[:R]->(b1), (a1)-[:R]->(b2), (a2)-[:R]->(b2), (b1)-[:R]->(c1)
            """);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_read_completes_before_RunAsync_returns()
    {
        var task = _db.Engine.RunAsync("MATCH (a:A {name: $n})-[:R]->(b) RETURN b.name AS b ORDER BY b",
            new Dictionary<string, object?> { ["n"] = "a1" }, AccessMode.Read);
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(["b1", "b2"], (await task).Records.Select(r => r["b"]).ToList());
    }

    [Theory]
    [InlineData("MATC (n) RETURN n", ErrorCodes.SyntaxError)]
    [InlineData("CREATE (:X)", ErrorCodes.AccessMode)]
    [InlineData("MATCH (n) RETURN n.name / 0", ErrorCodes.TypeError)]
    [InlineData("RETURN 1 / 0", ErrorCodes.ArithmeticError)]
    [InlineData("RETURN $missing", ErrorCodes.ParameterMissing)]
    public async Task A_failing_read_faults_the_task_instead_of_throwing(string cypher, string code)
    {
        Task<QueryResult> task;
        Exception? thrown = null;
        try
        {
            task = _db.Engine.RunAsync(cypher, mode: AccessMode.Read);
        }
        catch (Exception synchronous)
        {
            thrown = synchronous;
            task = Task.FromResult<QueryResult>(null!);
        }
        Assert.Null(thrown);
        Assert.True(task.IsFaulted);
        var ex = await Assert.ThrowsAsync<GraphException>(() => task);
        Assert.Equal(code, ex.Code);
    }

    [Fact]
    public async Task A_read_with_a_cancelled_token_is_terminated_through_the_task()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var task = _db.Engine.RunAsync("MATCH (n) RETURN n", mode: AccessMode.Read, cancellationToken: cts.Token);
        var ex = await Assert.ThrowsAsync<GraphException>(() => task);
        Assert.Equal(ErrorCodes.Terminated, ex.Code);
    }

    [Fact]
    public async Task A_long_read_is_stopped_by_cancellation_from_another_thread()
    {
        _db.Run("UNWIND range(1, 400) AS i CREATE (:Many {i: i})");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        // 64 million rows: far longer than the test allows unless cancellation is checked while it runs.
        var ex = await Assert.ThrowsAsync<GraphException>(() =>
            _db.Engine.RunAsync("MATCH (x:Many), (y:Many), (z:Many) RETURN count(*)", mode: AccessMode.Read, cancellationToken: cts.Token));
        Assert.Equal(ErrorCodes.Terminated, ex.Code);
    }

    [Fact]
    public async Task A_long_read_is_stopped_by_the_statement_timeout()
    {
        using var db = new Db(new EmbeddedGraphOptions { StatementTimeout = TimeSpan.FromMilliseconds(200) });
        db.Run("UNWIND range(1, 400) AS i CREATE (:Many {i: i})");
        var ex = await Assert.ThrowsAsync<GraphException>(() =>
            db.Engine.RunAsync("MATCH (x:Many), (y:Many), (z:Many) RETURN count(*)", mode: AccessMode.Read));
        Assert.Equal(ErrorCodes.TransactionTimedOut, ex.Code);
    }

    [Fact]
    public async Task A_read_only_transaction_reports_errors_through_its_task()
    {
        await using var tx = await _db.Engine.BeginTransactionAsync(AccessMode.Read);
        var ok = await tx.RunAsync("MATCH (a:A) RETURN count(a) AS c");
        Assert.Equal(3L, ok.Records.Single()["c"]);
        var task = tx.RunAsync("RETURN 1 / 0");
        var ex = await Assert.ThrowsAsync<GraphException>(() => task);
        Assert.Equal(ErrorCodes.ArithmeticError, ex.Code);
    }

    [Fact]
    public void Optional_match_rows_do_not_see_each_others_bindings()
    {
        var rows = _db.Run("MATCH (a:A) OPTIONAL MATCH (a)-[:R]->(b) RETURN a.name AS a, b.name AS b ORDER BY a, b").Records
            .Select(r => (r["a"], r["b"])).ToList();
        Assert.Equal([("a1", "b1"), ("a1", "b2"), ("a2", "b2"), ("a3", null)], rows);
    }

    [Fact]
    public void Subquery_rows_are_joined_to_their_own_outer_row()
    {
        var rows = _db.Run("""
            MATCH (a:A)
            CALL (a) { OPTIONAL MATCH (a)-[:R]->(b) RETURN collect(b.name) AS bs }
            RETURN a.name AS a, bs ORDER BY a
            """).Records.Select(r => (r["a"], string.Join(",", ((IEnumerable<object?>)r["bs"]!).OrderBy(x => x)))).ToList();
        Assert.Equal([("a1", "b1,b2"), ("a2", "b2"), ("a3", "")], rows);
    }

    [Fact]
    public void A_subquery_binding_the_same_name_leaves_the_outer_value_alone()
    {
        var record = _db.Run("WITH 1 AS x CALL () { WITH 2 AS x RETURN x AS y } RETURN x, y").Records.Single();
        Assert.Equal(1L, record["x"]);
        Assert.Equal(2L, record["y"]);
    }

    [Fact]
    public void Rebinding_a_variable_replaces_its_value_and_keeps_one_column()
    {
        var result = _db.Run("UNWIND [1, 2] AS x WITH x, x * 10 AS y WITH x + y AS x RETURN *");
        Assert.Equal(["x"], result.Columns);
        Assert.Equal([11L, 22L], result.Records.Select(r => r["x"]).ToList());
    }

    [Fact]
    public void A_pattern_comprehension_reuses_an_outer_binding_of_its_end_node()
    {
        // b is bound outside, so the comprehension only follows relationships that reach that very node.
        var rows = _db.Run("MATCH (b:B) RETURN b.name AS b, [(a:A)-[:R]->(b) | a.name] AS froms ORDER BY b").Records
            .Select(r => (r["b"], string.Join(",", ((IEnumerable<object?>)r["froms"]!).OrderBy(x => x)))).ToList();
        Assert.Equal([("b1", "a1"), ("b2", "a1,a2")], rows);
    }

    [Fact]
    public void Pattern_comprehensions_from_each_row_are_independent()
    {
        var rows = _db.Run("MATCH (a:A) RETURN a.name AS a, [(a)-[:R]->(b:B) | b.name] AS bs ORDER BY a").Records
            .Select(r => (r["a"], ((IEnumerable<object?>)r["bs"]!).Count())).ToList();
        Assert.Equal([("a1", 2), ("a2", 1), ("a3", 0)], rows);
    }

    [Fact]
    public void A_named_path_still_carries_every_node_walked()
    {
        var names = _db.Column("MATCH p = (:A {name: 'a1'})-[:R]->()-[:R]->() RETURN [n IN nodes(p) | n.name] AS names").Single();
        Assert.Equal(["a1", "b1", "c1"], (IEnumerable<object?>)names!);
    }

    [Fact]
    public async Task Parameter_names_stay_case_sensitive_whatever_the_callers_comparer()
    {
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["id"] = "a1" };
        var ex = await Assert.ThrowsAsync<GraphException>(() => _db.Engine.RunAsync("RETURN $ID", parameters, AccessMode.Read));
        Assert.Equal(ErrorCodes.ParameterMissing, ex.Code);
    }

    [Fact]
    public async Task Parameters_that_need_converting_are_still_converted()
    {
        var result = await _db.Engine.RunAsync("RETURN $x + 1 AS y, $s AS s", new Dictionary<string, object?> { ["x"] = 41, ["s"] = "t" }, AccessMode.Read);
        Assert.Equal(42L, result.Records.Single()["y"]);
        Assert.Equal("t", result.Records.Single()["s"]);
    }

    [Fact]
    public void A_path_walked_from_its_right_end_is_still_in_pattern_order()
    {
        // The labelled right end is the cheaper start, so the walk runs backwards; the path must not.
        var names = _db.Column("MATCH p = (x)-[:R]->(:C {name: 'c1'}) RETURN [n IN nodes(p) | n.name] AS names").Single();
        Assert.Equal(["b1", "c1"], (IEnumerable<object?>)names!);
    }

    [Fact]
    public void Collect_groups_rows_per_key()
    {
        var rows = _db.Run("MATCH (a:A)-[:R]->(b:B) RETURN a.name AS a, collect(b.name) AS bs ORDER BY a").Records
            .Select(r => (r["a"], ((IEnumerable<object?>)r["bs"]!).Count())).ToList();
        Assert.Equal([("a1", 2), ("a2", 1)], rows);
    }
}
