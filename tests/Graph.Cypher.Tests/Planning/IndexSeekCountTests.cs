using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down counts right above an index seek, which count the index's ids without making rows when the seek is
// exact (a string equality on the committed store), and the seek itself no longer re-testing such an equality: the
// same answers as the interpreter for every kind of value (a string, a number the index normalises, null, a list, a
// missing parameter's type error aside), inside a transaction that changed the indexed property, and under PROFILE.
public sealed class IndexSeekCountTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public IndexSeekCountTests()
    {
        _db.Run("CREATE INDEX agreement_kind FOR (a:Agreement) ON (a.kind)");
        _db.Run("CREATE INDEX agreement_n FOR (a:Agreement) ON (a.n)");
    }

    public void Dispose() => _db.Dispose();

    public static TheoryData<string, object?> Counts => new()
    {
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(*)", "Memorandum" },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(a) AS n, count(*) AS again", "Protocol" },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(DISTINCT a)", "Memorandum" },
        { "MATCH (a:Agreement {kind: $v}) RETURN count(*)", "Memorandum" },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(*)", "nothing" },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(*)", null },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN count(*)", 3L },
        { "MATCH (a:Agreement) WHERE a.n = $v RETURN count(*)", 7L },
        { "MATCH (a:Agreement) WHERE a.n = $v RETURN count(*)", 7.0 },
        { "MATCH (a:Agreement) WHERE a.n = $v RETURN count(*)", "7" },
        { "MATCH (a:Agreement) WHERE a.kind = $v AND a.n > 30 RETURN count(*)", "Memorandum" },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN a.kind, count(*)", "Memorandum" },
        { "UNWIND ['Memorandum', 'Protocol', 'x'] AS k CALL (k) { MATCH (a:Agreement) WHERE a.kind = k RETURN count(*) AS c } RETURN k, c", null },
        { "MATCH (a:Agreement) WHERE a.kind = $v RETURN a.id ORDER BY a.id", "Memorandum" },
        { "MATCH (a:Agreement) WHERE a.kind IN [$v, 'Protocol'] RETURN count(*)", "Memorandum" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void A_count_over_an_index_seek_equals_the_interpreters(string query, object? value)
    {
        var parameters = new Dictionary<string, object?> { ["v"] = value };

        var expected = Rows(_db.Run("CYPHER runtime=interpreted " + query, parameters));

        Assert.Equal(expected, Rows(_db.Run(query, parameters)));
        Assert.Equal(expected, Rows(_db.Run(query, parameters, AccessMode.Read)));
        Assert.DoesNotContain(_db.Run("EXPLAIN " + query, parameters).Records, r => (string?)r["Operator"] == "NodeByLabelScan");
    }

    [Fact]
    public void The_count_answers_the_committed_graph_after_each_change()
    {
        const string query = "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN count(*)";
        var before = (long)_db.Scalar(query)!;

        _db.Run("MATCH (a:Agreement {id: 'a1'}) SET a.kind = 'Protocol'");
        _db.Run("CREATE (:Agreement {id: 'new', kind: 'Memorandum'}), (:Agreement {id: 'new2', kind: 'Memorandum'})");

        Assert.Equal(before + 1, (long)_db.Scalar(query)!);
        Assert.Equal(_db.Scalar("CYPHER runtime=interpreted " + query), _db.Scalar(query));
    }

    [Fact]
    public async Task Inside_a_transaction_the_count_sees_its_own_changes()
    {
        const string query = "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN count(*) AS c";
        var before = (long)_db.Scalar(query)!;

        await using var tx = await _db.Engine.BeginTransactionAsync();
        await tx.RunAsync("MATCH (a:Agreement {id: 'a1'}) SET a.kind = 'Protocol'");
        await tx.RunAsync("MATCH (a:Agreement {id: 'a3'}) SET a.kind = 'Memorandum'");
        await tx.RunAsync("CREATE (:Agreement {id: 'new', kind: 'Memorandum'})");
        var inside = (await tx.RunAsync(query)).Records.Single()["c"];
        var rows = (await tx.RunAsync("MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN a.id AS id")).Records.Select(r => r["id"]).ToList();

        Assert.Equal(before + 1, inside);
        Assert.Contains("a3", rows);
        Assert.DoesNotContain("a1", rows);
        Assert.Equal(before + 1, rows.Count);
    }

    [Fact]
    public void Profile_counts_the_seeks_rows_and_gives_the_same_count()
    {
        const string query = "MATCH (a:Agreement) WHERE a.kind = 'Memorandum' RETURN count(*) AS c";
        var expected = _db.Scalar(query);

        var profile = _db.Run("PROFILE " + query).Records;

        Assert.Equal(20L, expected);
        Assert.Equal(expected, profile.Single(r => (string?)r["Operator"] == "NodeIndexSeek")["Rows"]);
    }

    private static List<string> Rows(QueryResult result) =>
        result.Records.Select(r => string.Join(" | ", r.Values.Select(PlanningGraph.Text))).ToList();
}
