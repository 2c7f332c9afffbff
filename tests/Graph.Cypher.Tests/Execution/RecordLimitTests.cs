using Graph.Core.Store;

namespace Graph.Cypher.Tests.Execution;

// Locks down RunLimitedAsync on the embedded engine: a read pulls at most limit + 1 rows from its operator chain (so a
// huge result is never built and the cut is known), a write still runs to its end, and the answer says whether rows were left out.
public sealed class RecordLimitTests : IDisposable
{
    private const string TenMillion = "UNWIND range(1, 10000000) AS x RETURN x";

    private readonly Db _db = new();

    private QueryResult RunLimited(string statement, int maxRecords, AccessMode mode = AccessMode.Read) =>
        _db.Engine.RunLimitedAsync(statement, null, mode, maxRecords).GetAwaiter().GetResult();

    [Fact]
    public void Ten_million_row_unwind_keeps_the_first_rows_and_says_there_were_more()
    {
        var result = RunLimited(TenMillion, 3);

        Assert.Equal([1L, 2L, 3L], result.Records.Select(r => r[0]));
        Assert.True(result.HasMore);
    }

    [Fact]
    public void Profile_shows_the_engine_produced_only_limit_plus_one_rows_of_the_ten_million()
    {
        var plan = RunLimited("PROFILE " + TenMillion, 10);

        var unwind = plan.Records.Single(r => (string?)r["Operator"] == "Unwind");
        var produced = plan.Records.Single(r => (string?)r["Operator"] == "ProduceResults");
        Assert.Equal(11L, unwind["Rows"]);
        Assert.Equal(11L, produced["Rows"]);
    }

    [Fact]
    public void A_capped_ten_million_row_read_allocates_a_few_kilobytes_not_gigabytes()
    {
        RunLimited(TenMillion, 3); // compiles and caches the plan, so only the run is measured
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = RunLimited(TenMillion, 3);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, result.Records.Count);
        // A read runs on the caller's thread. Ten million rows would take gigabytes, and even the list of ten
        // million boxed integers range() used to build took 320 MB; the capped run needs a few kilobytes.
        Assert.InRange(allocated, 1, 1024 * 1024);
    }

    [Fact]
    public void A_limited_scan_reads_only_the_nodes_it_keeps()
    {
        var graph = new FakeGraphStatements();
        for (var i = 0; i < 500; i++) graph.View.AddNode(["L"], ("i", (long)i));

        var result = graph.Run("MATCH (n:L) RETURN n.i AS i", maxRecords: 4);

        Assert.Equal([0L, 1L, 2L, 3L], result.Records.Select(r => r[0]));
        Assert.True(result.HasMore);
        Assert.Equal(5, graph.View.ScannedIds);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(4, true)]
    [InlineData(0, true)]
    public void The_cut_is_reported_only_when_rows_were_left_out(int maxRecords, bool hasMore)
    {
        var result = RunLimited("UNWIND range(1, 5) AS x RETURN x", maxRecords);

        Assert.Equal(Math.Min(5, maxRecords), result.Records.Count);
        Assert.Equal(hasMore, result.HasMore);
    }

    [Fact]
    public void A_write_runs_to_its_end_and_only_its_records_are_cut()
    {
        var result = RunLimited("UNWIND range(1, 10) AS i CREATE (t:T {i: i}) RETURN t.i AS i", 3, AccessMode.Write);

        Assert.Equal(3, result.Records.Count);
        Assert.True(result.HasMore);
        Assert.Equal(10, result.Counters.NodesCreated);
        Assert.Equal(10L, _db.Scalar("MATCH (t:T) RETURN count(t)"));
    }

    [Fact]
    public void Range_lists_still_behave_as_lists()
    {
        Assert.Equal(new object?[] { 10L, 7L, 4L, 1L }, (IEnumerable<object?>)_db.Scalar("RETURN range(10, 0, -3)")!);
        Assert.Equal(true, _db.Scalar("RETURN range(1, 3) = [1, 2, 3]"));
        Assert.Equal(4L, _db.Scalar("RETURN range(0, 10, 2)[2]"));
        Assert.Equal(10L, _db.Scalar("RETURN last(range(1, 10))"));
        Assert.Equal(new object?[] { 3L, 2L, 1L }, (IEnumerable<object?>)_db.Scalar("RETURN reverse(range(1, 3))")!);
        Assert.Equal(2L, _db.Scalar("UNWIND [range(1, 2), [1, 2], range(1, 3)] AS l RETURN count(DISTINCT l)"));
        Assert.Equal(new object?[] { 1L, 2L }, (IEnumerable<object?>)_db.Scalar("CREATE (n:R {xs: range(1, 2)}) RETURN n.xs")!);
    }

    public void Dispose() => _db.Dispose();
}
