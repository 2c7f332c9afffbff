namespace Graph.Cypher.Tests.Execution;

// Locks down the shapes of Cypher a GraphQL translator generates: map projections with pattern comprehensions,
// correlated CALL subqueries with collect, UNWIND-driven batch creates, parameterised paging.
public sealed class GeneratedCypherTests : IDisposable
{
    private readonly Db _db = new();

    public GeneratedCypherTests() =>
        _db.Run("""
            CREATE (m1:Movie {title: 'The Matrix', released: 1999}), (m2:Movie {title: 'Speed', released: 1994}),
                   (k:Actor {name: 'Keanu'}), (c:Actor {name: 'Carrie'}),
                   (k)-[:ACTED_IN {role: 'Neo'}]->(m1), (c)-[:ACTED_IN {role: 'Trinity'}]->(m1), (k)-[:ACTED_IN {role: 'Jack'}]->(m2)
            """);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Map_projection_with_nested_pattern_comprehension()
    {
        var movie = (IReadOnlyDictionary<string, object?>)_db.Scalar("""
            MATCH (this:Movie) WHERE this.title = $title
            RETURN this { .title, actors: [(this)<-[:ACTED_IN]-(a:Actor) | a { .name }] } AS this
            """, new Dictionary<string, object?> { ["title"] = "The Matrix" })!;
        Assert.Equal("The Matrix", movie["title"]);
        var actors = ((IEnumerable<object?>)movie["actors"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(a => a["name"]).Order();
        Assert.Equal(["Carrie", "Keanu"], actors);
    }

    [Fact]
    public void Correlated_call_with_collect_keeps_rows_without_matches()
    {
        var rows = _db.Run("""
            MATCH (this:Actor)
            CALL { WITH this MATCH (this)-[r:ACTED_IN]->(m:Movie) WHERE m.released > 1995 RETURN collect(m.title) AS titles }
            RETURN this.name AS name, titles ORDER BY name
            """).Records;
        Assert.Equal(["Carrie", "Keanu"], rows.Select(r => r["name"]));
        Assert.Equal(["The Matrix"], (IEnumerable<object?>)rows[0]["titles"]!);
        Assert.Equal(["The Matrix"], (IEnumerable<object?>)rows[1]["titles"]!);
    }

    [Fact]
    public void Unwind_batch_create_and_collect()
    {
        var input = new List<object?>
        {
            new Dictionary<string, object?> { ["title"] = "A" },
            new Dictionary<string, object?> { ["title"] = "B" },
        };
        var result = _db.Run(
            "UNWIND $create AS v CREATE (n:Movie) SET n.title = v.title RETURN collect(n { .title }) AS data",
            new Dictionary<string, object?> { ["create"] = input });
        Assert.Equal(2, result.Counters.NodesCreated);
        Assert.Equal(2, result.Counters.PropertiesSet);
        Assert.Equal(2, ((IEnumerable<object?>)result.Records.Single()["data"]!).Count());
    }

    [Fact]
    public void Paging_with_parameters()
    {
        var titles = _db.Column(
            "MATCH (m:Movie) RETURN m.title AS t ORDER BY m.released DESC SKIP $offset LIMIT $first",
            new Dictionary<string, object?> { ["offset"] = 1, ["first"] = 5 });
        Assert.Equal(["Speed"], titles);
    }

    [Fact]
    public void Relationship_properties_in_projection()
    {
        var roles = _db.Column("MATCH (:Actor {name: 'Keanu'})-[r:ACTED_IN]->(m) RETURN r.role ORDER BY r.role");
        Assert.Equal(["Jack", "Neo"], roles);
    }

    [Fact]
    public void Optional_match_with_count_distinct()
    {
        var rows = _db.Run("MATCH (m:Movie) OPTIONAL MATCH (m)<-[:ACTED_IN]-(a) RETURN m.title AS t, count(DISTINCT a) AS n ORDER BY t").Records;
        Assert.Equal([1L, 2L], rows.Select(r => r["n"]));
    }
}
