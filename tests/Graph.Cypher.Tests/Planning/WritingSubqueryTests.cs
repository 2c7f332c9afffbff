using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// A writing CALL subquery runs for every incoming row before the clauses after it read (Cypher manual, CALL
// subqueries: "the MATCH after the subquery sees every update"): the same answer on both runtimes.
public sealed class WritingSubqueryTests
{
    public static TheoryData<bool> Runtimes => new() { false, true };

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void A_match_after_a_writing_subquery_sees_all_of_its_writes(bool interpreted)
    {
        using var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpreted });
        db.Run("CREATE (:Player {name: 'Player A', age: 21})");
        var rows = db.Run(
            "UNWIND [1, 2, 3] AS x CALL () { MATCH (p:Player {name: 'Player A'}) SET p.age = p.age + 1 RETURN p.age AS newAge } "
            + "MATCH (p:Player {name: 'Player A'}) RETURN x AS iteration, newAge, p.age AS totalAge ORDER BY iteration").Records;
        Assert.Equal([(1L, 22L, 24L), (2L, 23L, 24L), (3L, 24L, 24L)], rows.Select(r => ((long)r[0]!, (long)r[1]!, (long)r[2]!)).ToList());
    }
}
