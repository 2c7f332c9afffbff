namespace Graph.Cypher.Tests.Execution;

// A read's label scan is walked as rows are pulled: `MATCH (n:L) … LIMIT k` reads a few ids, not the whole label
// (the GraphQL translator's list fields are such statements). Answers are those of the full scan.
public sealed class LazyScanTests
{
    private readonly FakeGraphStatements _graph = new();

    public LazyScanTests()
    {
        for (var i = 0; i < 200; i++) _graph.View.AddNode(i % 2 == 0 ? ["L"] : ["L", "M"], ("i", (long)i));
    }

    private IReadOnlyList<object?> Column(string statement) => _graph.Column(statement);

    [Theory]
    [InlineData("MATCH (n:L) RETURN n.i LIMIT 3")]
    [InlineData("MATCH (n) RETURN n.i LIMIT 3")]
    [InlineData("CALL () { MATCH (n:L) WITH n LIMIT 3 RETURN collect(n.i) AS is } UNWIND is AS i RETURN i")]
    public void A_limited_scan_reads_only_what_it_returns(string statement)
    {
        Assert.Equal([0L, 1L, 2L], Column(statement));
        Assert.InRange(_graph.View.ScannedIds, 3, 10);
    }

    [Fact]
    public void A_filtered_limited_scan_reads_until_enough_rows_pass()
    {
        Assert.Equal([1L, 3L], Column("MATCH (n:L) WHERE n:M RETURN n.i LIMIT 2"));
        Assert.InRange(_graph.View.ScannedIds, 4, 10);
    }

    [Fact]
    public void An_unlimited_or_ordered_scan_still_sees_every_node()
    {
        Assert.Equal(200, Column("MATCH (n:L) RETURN n.i").Count);
        Assert.Equal([199L], Column("MATCH (n:L) RETURN n.i ORDER BY n.i DESC LIMIT 1"));
    }
}
