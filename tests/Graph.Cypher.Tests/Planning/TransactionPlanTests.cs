using Graph.Cypher.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Graph.Cypher.Tests.Planning;

// Locks down CALL { … } IN TRANSACTIONS as planned operators: TransactionForeach for a unit body and TransactionApply
// for one that returns, with the batch size and ON ERROR in their details, committing batch by batch as the
// interpreter does (PROFILE counts the same rows and writes as a plain run).
public sealed class TransactionPlanTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_unit_body_is_a_transaction_foreach_and_a_returning_one_a_transaction_apply()
    {
        const string unit = "MATCH (m:Ministry) CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF 5 ROWS";
        const string returning = "UNWIND [1, 0, 2] AS i CALL (i) { CREATE (x:X {n: 10 / i}) RETURN x.n AS n } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE REPORT STATUS AS s RETURN i, n, s.committed";
        Snapshot.Match(PlanTree.Of(_db, unit) + PlanTree.Of(_db, returning), SnapshotNameExtension.Create("transactions"));
        Assert.Contains(_db.Run("EXPLAIN " + unit).Records, r => (string?)r["Operator"] == "TransactionForeach");
        Assert.Contains(_db.Run("EXPLAIN " + returning).Records, r => (string?)r["Operator"] == "TransactionApply");
    }

    [Fact]
    public void Deleting_in_batches_counts_every_inner_transaction()
    {
        var result = _db.Run("MATCH (n:Ministry) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 3 ROWS");
        Assert.Equal(20, result.Counters.NodesDeleted);
        Assert.Equal(0L, _db.Scalar("MATCH (n:Ministry) RETURN count(n)"));
    }

    [Fact]
    public void Profile_counts_the_rows_and_writes_of_a_plain_run()
    {
        const string query = "UNWIND [1, 0, 2, 4] AS i CALL (i) { CREATE (x:X {n: 10 / i}) RETURN x.n AS n } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE RETURN i, n";
        using var plain = PlanningGraph.Create();
        var result = plain.Run(query);
        var profile = _db.Run("PROFILE " + query);
        Assert.Equal(4L, profile.Records[0]["Rows"]);
        Assert.Equal((long)result.Records.Count, profile.Records[0]["Rows"]);
        Assert.Equal(result.Counters, profile.Counters);
        Assert.Equal(3, profile.Counters.NodesCreated);
    }
}
