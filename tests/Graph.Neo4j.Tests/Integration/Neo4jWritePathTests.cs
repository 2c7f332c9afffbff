using Graph.Core.Store;

namespace Graph.Neo4j.Tests.Integration;

// Locks down, against a real Neo4j 5, the routes writes take: a write as an explicit transaction
// (committed, counted, visible to the next read through its bookmark) and CALL … IN TRANSACTIONS as the
// auto-commit statement Neo4j requires. Needs a Docker engine; skipped with the reason otherwise.
public sealed class Neo4jWritePathTests(Neo4jContainerFixture neo4j) : IClassFixture<Neo4jContainerFixture>
{
    [SkippableFact]
    public async Task A_write_commits_through_an_explicit_transaction_and_is_read_back()
    {
        Skip.IfNot(neo4j.Available, neo4j.Reason);
        await using var db = new Neo4jGraphDatabase(neo4j.Options);
        var id = Guid.NewGuid().ToString("N");

        var created = await db.RunAsync("CREATE (:WritePathProbe {id: $id})", new Dictionary<string, object?> { ["id"] = id });
        var read = await db.RunAsync("MATCH (p:WritePathProbe {id: $id}) RETURN count(p) AS n", new Dictionary<string, object?> { ["id"] = id }, AccessMode.Read);

        Assert.Equal(1, created.Counters.NodesCreated);
        Assert.Equal(1L, read.Records[0]["n"]);
    }

    [SkippableFact]
    public async Task Call_in_transactions_runs_as_an_auto_commit_statement()
    {
        Skip.IfNot(neo4j.Available, neo4j.Reason);
        await using var db = new Neo4jGraphDatabase(neo4j.Options);
        var batch = Guid.NewGuid().ToString("N");

        await db.RunAsync("UNWIND range(1, 5) AS i CALL (i) { CREATE (:WritePathBatch {batch: $batch, i: i}) } IN TRANSACTIONS OF 2 ROWS",
            new Dictionary<string, object?> { ["batch"] = batch });
        var read = await db.RunAsync("MATCH (b:WritePathBatch {batch: $batch}) RETURN count(b) AS n", new Dictionary<string, object?> { ["batch"] = batch }, AccessMode.Read);

        Assert.Equal(5L, read.Records[0]["n"]);
    }
}
