using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;
using Record = Graph.Core.Store.Record;

namespace Graph.Cypher.Tests.Planning;

// Locks down PROFILE of planned statements: it wraps the operators that run, so each operator's rows are the rows
// that operator produced, and the root's are the statement's.
public sealed class PlannedProfileTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    private static Record Op(IReadOnlyList<Record> plan, string name) => plan.Single(r => (string?)r["Operator"] == name);

    [Theory]
    [InlineData("MATCH (m:Ministry)-[:PARTY_TO]->(a:Agreement) RETURN m.id, count(a)")]
    [InlineData("MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN e.id, a.id")]
    [InlineData("MATCH (a:Agreement) RETURN a.id ORDER BY a.date, a.id SKIP 5 LIMIT 7")]
    [InlineData("MATCH (m:Ministry) WITH m WHERE m.n > 4 MATCH (m)-[:PART_OF]->(s) RETURN s.id")]
    public void The_root_reports_the_rows_the_statement_returns(string query)
    {
        var rows = _db.Run(query).Records.Count;
        var profile = _db.Run("PROFILE " + query).Records;
        Assert.Equal((long)rows, Op(profile, "ProduceResults")["Rows"]);
        Assert.DoesNotContain("runtime=interpreted", (string?)profile[0]["Details"]);
    }

    [Fact]
    public void Each_operator_reports_its_own_rows_and_reads()
    {
        var profile = _db.Run("PROFILE MATCH (m:Ministry)-[:PARTY_TO]->(a) WHERE m.n > 15 RETURN a.id").Records;
        Assert.Equal(20L, Op(profile, "NodeByLabelScan")["Rows"]);
        var filter = Op(profile, "Filter");
        Assert.Equal(5L, filter["Rows"]);
        Assert.Equal(_db.Scalar("MATCH (m:Ministry)-[r:PARTY_TO]->() WHERE m.n > 15 RETURN count(r)"), Op(profile, "Expand(All)")["Rows"]);
        // The filter reads m.n of every ministry scanned; the scan reads the label's 20 ids.
        Assert.True((long)filter["DB Hits"]! >= 20);
        Assert.True((long)Op(profile, "NodeByLabelScan")["DB Hits"]! >= 20);
    }

    [Fact]
    public void Top_reports_only_the_rows_it_keeps()
    {
        var profile = _db.Run("PROFILE MATCH (a:Agreement) RETURN a.id ORDER BY a.n DESC LIMIT 3").Records;
        Assert.Equal(3L, Op(profile, "Top")["Rows"]);
        Assert.Equal(60L, Op(profile, "NodeByLabelScan")["Rows"]);
    }
}
