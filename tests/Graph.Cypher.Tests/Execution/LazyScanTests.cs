using Graph.Cypher.Execution;
using Graph.Cypher.Planning;
using Graph.Cypher.Tests.Functions;

namespace Graph.Cypher.Tests.Execution;

// A read's label scan is walked as rows are pulled: `MATCH (n:L) … LIMIT k` reads a few ids, not the whole label
// (the GraphQL translator's list fields are such statements). Answers are those of the full scan.
public sealed class LazyScanTests
{
    private readonly FakeGraphView _view = new();
    private readonly StatementExecutor _executor = new(new PlanCache(10), TimeSpan.FromSeconds(30));

    public LazyScanTests()
    {
        for (var i = 0; i < 200; i++) _view.AddNode(i % 2 == 0 ? ["L"] : ["L", "M"], ("i", (long)i));
    }

    private IReadOnlyList<object?> Column(string statement) =>
        _executor.Execute(_executor.Compile(statement), _view, null, null, default).Records.Select(r => r[0]).ToList();

    [Theory]
    [InlineData("MATCH (n:L) RETURN n.i LIMIT 3")]
    [InlineData("MATCH (n) RETURN n.i LIMIT 3")]
    [InlineData("CALL () { MATCH (n:L) WITH n LIMIT 3 RETURN collect(n.i) AS is } UNWIND is AS i RETURN i")]
    public void A_limited_scan_reads_only_what_it_returns(string statement)
    {
        Assert.Equal([0L, 1L, 2L], Column(statement));
        Assert.InRange(_view.ScannedIds, 3, 10);
    }

    [Fact]
    public void A_filtered_limited_scan_reads_until_enough_rows_pass()
    {
        Assert.Equal([1L, 3L], Column("MATCH (n:L) WHERE n:M RETURN n.i LIMIT 2"));
        Assert.InRange(_view.ScannedIds, 4, 10);
    }

    [Fact]
    public void An_unlimited_or_ordered_scan_still_sees_every_node()
    {
        Assert.Equal(200, Column("MATCH (n:L) RETURN n.i").Count);
        Assert.Equal([199L], Column("MATCH (n:L) RETURN n.i ORDER BY n.i DESC LIMIT 1"));
    }
}
