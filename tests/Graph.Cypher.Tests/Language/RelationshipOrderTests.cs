using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// A node's relationships come out newest first, as Neo4j's record storage chains them (each new relationship
// is prepended to its nodes' chains), in both runtimes: pattern comprehensions, collect() over an expansion,
// COLLECT subqueries and undirected expansions list the most recently created relationship first.
public sealed class RelationshipOrderTests
{
    public static TheoryData<bool> Runtimes => new() { false, true };

    private static Db Seeded(bool interpretedOnly)
    {
        var db = new Db(new EmbeddedGraphOptions { InterpretedOnly = interpretedOnly });
        // The manual's COLLECT page: Peter's dog Fido first, then Ozzy; then a cat Peter is given last, pointing in.
        db.Run("CREATE (peter:Person {name: 'Peter'}), (peter)-[:HAS_DOG]->(:Dog {name: 'Fido'}), (peter)-[:HAS_DOG]->(:Dog {name: 'Ozzy'})");
        db.Run("MATCH (peter:Person) CREATE (:Cat {name: 'Tom'})-[:OWNED_BY]->(peter)");
        return db;
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void A_pattern_comprehension_lists_the_newest_relationship_first(bool interpretedOnly)
    {
        using var db = Seeded(interpretedOnly);
        Assert.Equal(["Ozzy", "Fido"], Names(db.Scalar("MATCH (p:Person) RETURN [(p)-[:HAS_DOG]->(d) | d.name]")));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void Collect_over_an_expansion_and_a_collect_subquery_list_the_newest_first(bool interpretedOnly)
    {
        using var db = Seeded(interpretedOnly);
        Assert.Equal(["Ozzy", "Fido"], Names(db.Scalar("MATCH (:Person)-[:HAS_DOG]->(d) RETURN collect(d.name)")));
        Assert.Equal(["Ozzy", "Fido"], Names(db.Scalar("MATCH (p:Person) RETURN COLLECT { MATCH (p)-[:HAS_DOG]->(d) RETURN d.name }")));
    }

    [Theory]
    [MemberData(nameof(Runtimes))]
    public void An_undirected_expansion_interleaves_both_directions_newest_first(bool interpretedOnly)
    {
        using var db = Seeded(interpretedOnly);
        Assert.Equal(["Tom", "Ozzy", "Fido"], Names(db.Scalar("MATCH (p:Person) RETURN [(p)--(x) | x.name]")));
    }

    [Fact]
    public void The_order_survives_a_reopened_store_and_a_later_write()
    {
        var directory = Directory.CreateTempSubdirectory("relationship-order-");
        try
        {
            using (var db = new Db(new EmbeddedGraphOptions { DataDirectory = directory.FullName }))
            {
                db.Run("CREATE (p:Person {name: 'Peter'}), (p)-[:HAS_DOG]->(:Dog {name: 'Fido'}), (p)-[:HAS_DOG]->(:Dog {name: 'Ozzy'})");
            }

            using var reopened = new Db(new EmbeddedGraphOptions { DataDirectory = directory.FullName });
            reopened.Run("MATCH (p:Person) CREATE (p)-[:HAS_DOG]->(:Dog {name: 'Rex'})");
            Assert.Equal(["Rex", "Ozzy", "Fido"], Names(reopened.Scalar("MATCH (p:Person) RETURN [(p)-->(d) | d.name]")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string[] Names(object? list) => Assert.IsAssignableFrom<IEnumerable<object?>>(list).Select(x => Assert.IsType<string>(x)).ToArray();
}
