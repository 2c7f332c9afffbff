using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down range, prefix and IN seeks: the same answers with and without the index (differential), and PROFILE shows the seek.
public sealed class IndexSeekTests : IDisposable
{
    private readonly Db _db = new();

    public IndexSeekTests()
    {
        // Mixed property types on purpose: a seek must never cross Cypher's comparability rules.
        _db.Run("UNWIND range(1, 40) AS i CREATE (:Item {v: i, name: 'item' + i, f: toFloat(i) / 2})");
        _db.Run("CREATE (:Item {v: 'text', name: 'itemx'}), (:Item {v: 2.5, name: 'half'}), (:Item {v: null, name: 'none'}), (:Item {v: true, name: 'flag'})");
        _db.Run("CREATE (:Item {v: 0.0 / 0.0, name: 'nan'}), (:Item {v: [1, 2], name: 'list'}), (:Item {v: date('2024-01-02'), name: 'day'})");
        _db.Run("CREATE (:Item {v: 'Text', name: 'It'}), (:Other {v: 5, name: 'other'})");
    }

    public void Dispose() => _db.Dispose();

    public static TheoryData<string> Queries() =>
    [
        "MATCH (n:Item) WHERE n.v > 35 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v >= 35 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v < 3 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v <= 2.5 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > 2 AND n.v < 5 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v >= 2.5 AND n.v <= 3 AND n.v > 1 RETURN n.name AS x",
        "MATCH (n:Item) WHERE 10 < n.v AND n.v <= 12.0 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > 5 AND n.v < 'z' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > 'T' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v < 'a' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > null RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > 0.0 / 0.0 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v < 0.0 / 0.0 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v >= date('2024-01-01') RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > false RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > $low AND n.v < $high RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.name STARTS WITH 'item1' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.name STARTS WITH $prefix RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.name STARTS WITH '' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v STARTS WITH 'Te' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v IN [1, 2.0, 'text', null, 1, 99] RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v IN $list RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v IN [] RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v IN [[1, 2]] RETURN n.name AS x",
        "MATCH (n:Item)-[:NONE]->() WHERE n.v > 3 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v > 30 RETURN count(*) AS x",
        // String equalities: the seek answers the conjunct it came from, every other conjunct is still tested.
        "MATCH (n:Item) WHERE n.v = 'text' RETURN n.name AS x",
        "MATCH (n:Item) WHERE 'item7' = n.name RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v = 'Text' AND n.v = 'text' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v = 'text' AND n.name = 'It' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v = $word AND n.name STARTS WITH 'item' RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.name = 'item7' OR n.v = 3 RETURN n.name AS x",
        "MATCH (n:Item) WHERE n.v = 3 AND n.name = 'item3' RETURN n.name AS x",
    ];

    private List<string> Answers(string query)
    {
        var parameters = new Dictionary<string, object?> { ["low"] = 3L, ["high"] = 7.5, ["prefix"] = "item2", ["list"] = new List<object?> { 3L, "text", 4.0 }, ["word"] = "text" };
        return _db.Run(query, parameters).Records.Select(r => Convert.ToString(r["x"], System.Globalization.CultureInfo.InvariantCulture) ?? "null").Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Same_answers_with_and_without_the_index(string query)
    {
        var scanned = Answers(query);
        _db.Run("CREATE INDEX FOR (n:Item) ON (n.v)");
        _db.Run("CREATE INDEX FOR (n:Item) ON (n.name)");
        Assert.Equal(scanned, Answers(query));
    }

    [Theory]
    [InlineData("MATCH (n:Item) WHERE n.v > 35 RETURN n", "NodeIndexSeekByRange", 5L)]
    [InlineData("MATCH (n:Item) WHERE 3 <= n.v AND n.v < 6 RETURN n", "NodeIndexSeekByRange", 3L)]
    [InlineData("MATCH (n:Item) WHERE n.name STARTS WITH 'item3' RETURN n", "NodeIndexSeekByRange", 11L)]
    [InlineData("MATCH (n:Item) WHERE n.v IN [7, 8, 7] RETURN n", "NodeIndexSeek", 2L)]
    public void Profile_shows_the_seek(string query, string expectedOperator, long rows)
    {
        _db.Run("CREATE INDEX FOR (n:Item) ON (n.v)");
        _db.Run("CREATE INDEX FOR (n:Item) ON (n.name)");
        var plan = _db.Run("PROFILE " + query).Records;
        var seek = plan.First(r => (string?)r["Operator"] == expectedOperator);
        Assert.Equal(rows, plan.First(r => (string?)r["Operator"] == "ProduceResults")["Rows"]);
        Assert.True((long)seek["Rows"]! >= rows);
        Assert.DoesNotContain(plan, r => (string?)r["Operator"] == "NodeByLabelScan");
    }
}
