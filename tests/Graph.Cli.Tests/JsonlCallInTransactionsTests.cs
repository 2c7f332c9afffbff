namespace Graph.Cli.Tests;

// CALL { … } IN TRANSACTIONS through the --jsonl protocol: each request is an auto-commit statement, so batches commit
// one by one and a failure leaves the committed ones for the next request to see.
public sealed class JsonlCallInTransactionsTests : IClassFixture<JsonlProcess>
{
    private readonly JsonlProcess _graph;

    public JsonlCallInTransactionsTests(JsonlProcess graph) => _graph = graph;

    [Fact]
    public void A_failing_batch_keeps_the_batches_committed_before_it()
    {
        var failed = _graph.Send(new
        {
            id = 1,
            reset = true,
            query = "UNWIND [4, 2, 1, 0] AS i CALL (i) { CREATE (:Person {num: 100 / i}) } IN TRANSACTIONS OF 2 ROWS",
        });
        var error = failed.GetProperty("error");
        Assert.Equal("ArithmeticError", error.GetProperty("type").GetString());
        Assert.Equal("/ by zero (Transactions committed: 1)", error.GetProperty("detail").GetString());

        var after = _graph.Send(new { id = 2, query = "MATCH (p:Person) RETURN p.num AS num ORDER BY num" });
        Assert.Equal([25L, 50L], after.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt64()));
    }

    [Fact]
    public void Report_status_rows_come_back_with_the_status_map()
    {
        var response = _graph.Send(new
        {
            id = 3,
            reset = true,
            query = "UNWIND [1, 0] AS i CALL (i) { CREATE (n:P {v: 1 / i}) RETURN n.v AS v } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE REPORT STATUS AS s RETURN v, s.committed AS committed",
        });
        var rows = response.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0][1].GetBoolean());
        Assert.False(rows[1][1].GetBoolean());
    }
}
