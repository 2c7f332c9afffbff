using Graph.Core.Values;

namespace Graph.Cypher.Tests.Execution;

// Found by running the openCypher TCK on the interpreter: both runtimes must write every row before a later
// RETURN/WITH pages (LIMIT 0 included), and give a variable-length relationship list in the pattern's order
// whichever end the match started from.
public sealed class WritesBeforeProjectionTests
{
    public static TheoryData<bool> Runtimes => new() { false, true };

    private static Db Fresh(bool interpretedOnly) => new(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Limit_zero_after_create_still_creates(bool interpretedOnly)
    {
        using var db = Fresh(interpretedOnly);

        var result = db.Run("CREATE (n:N {num: 1}) RETURN n LIMIT 0");

        Assert.Empty(result.Records);
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal(1L, db.Scalar("MATCH (n:N) RETURN count(n)"));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Limit_zero_after_set_still_sets(bool interpretedOnly)
    {
        using var db = Fresh(interpretedOnly);
        db.Run("CREATE (:Person {name: 'Andy'})");

        var result = db.Run("MATCH (n {name: 'Andy'}) SET n.age = 60 RETURN n LIMIT 0");

        Assert.Empty(result.Records);
        Assert.Equal(1, result.Counters.PropertiesSet);
        Assert.Equal(60L, db.Scalar("MATCH (n:Person) RETURN n.age"));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Skip_and_limit_after_set_page_the_rows_but_every_row_is_set(bool interpretedOnly)
    {
        using var db = Fresh(interpretedOnly);
        db.Run("UNWIND range(1, 5) AS i CREATE (:N {num: i})");

        var result = db.Run("MATCH (n:N) SET n.num = 42 RETURN n.num AS num SKIP 2 LIMIT 2");

        Assert.Equal(new object?[] { 42L, 42L }, result.Records.Select(r => r["num"]).ToArray());
        Assert.Equal(5, result.Counters.PropertiesSet);
        Assert.Equal(5L, db.Scalar("MATCH (n:N {num: 42}) RETURN count(n)"));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void A_relationship_list_keeps_the_pattern_order_when_matched_from_its_right_end(bool interpretedOnly)
    {
        using var db = Fresh(interpretedOnly);
        db.Run("CREATE (:A)-[:REL {num: 1}]->(:B)-[:REL {num: 2}]->(:End)");

        var list = Assert.IsAssignableFrom<IEnumerable<object?>>(db.Scalar("MATCH (a)-[r:REL*2..2]->(b:End) RETURN r"));

        Assert.Equal([1L, 2L], list.Cast<Relationship>().Select(r => r.Properties["num"]));
    }
}
