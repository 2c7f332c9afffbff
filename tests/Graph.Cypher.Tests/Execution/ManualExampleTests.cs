namespace Graph.Cypher.Tests.Execution;

// Examples from the Cypher manual (5.x) whose answers the engine once got wrong, checked against the manual's
// rules and result tables.
public sealed class ManualExampleTests : IDisposable
{
    private readonly Db _db = new();

    public ManualExampleTests() =>
        _db.Run("""
            CREATE (ann:Person {name: 'Ann', age: 25})-[:HAS_DOG]->(:Dog {name: 'Ozzy'}),
                   (ann)-[:KNOWS]->(:Person {name: 'Bob', age: 30}), (ann)-[:KNOWS]->(:Person {name: 'Cy', age: 40}),
                   (:Person {name: 'Di', age: 25})-[:HAS_DOG]->(:Dog {name: 'Rex'})
            """);

    public void Dispose() => _db.Dispose();

    private List<string> Texts(string query) =>
        _db.Run(query).Records.Select(r => string.Join(",", r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "null"))).ToList();

    [Fact]
    public void An_exists_subquery_sees_outer_variables_past_its_leading_with() =>
        Assert.Equal(["Ann"], Texts("""
            MATCH (person:Person)
            WHERE EXISTS { WITH 'Ozzy' AS dogName MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = dogName }
            RETURN person.name AS name ORDER BY name
            """));

    [Fact]
    public void A_count_subquery_sees_outer_variables_past_its_leading_with() =>
        Assert.Equal(["Ann,1", "Bob,0", "Cy,0", "Di,0"], Texts("""
            MATCH (person:Person)
            RETURN person.name AS name, COUNT { WITH 'Ozzy' AS dogName MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = dogName } AS c
            ORDER BY name
            """));

    [Fact]
    public void With_where_sees_the_variables_before_the_with() =>
        Assert.Equal(["Ann", "Di"], Texts("MATCH (n:Person) WITH n.name AS name WHERE n.age = 25 RETURN name ORDER BY name"));

    [Fact]
    public void With_where_after_an_aggregation_still_sees_only_the_projection()
    {
        var error = Assert.Throws<Core.Errors.GraphException>(() => _db.Run("MATCH (n:Person) WITH count(n) AS c WHERE n.age = 25 RETURN c"));
        Assert.Contains("Variable `n` not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manuals_implicit_grouping_example_runs()
    {
        var row = Assert.Single(_db.Run("MATCH (p:Person {name: 'Ann'})-[:KNOWS]-(f:Person) RETURN p, p.age - max(f.age)").Records);
        Assert.Equal(-15L, row["p.age - max(f.age)"]);
    }

    [Fact]
    public void An_unaliased_map_projection_is_named_after_its_variable()
    {
        var result = _db.Run("MATCH (actor:Person {name: 'Bob'}) WITH actor, 1 AS n RETURN actor{.name, n}");
        Assert.Equal(["actor"], result.Columns);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(result.Records)["actor"]);
        Assert.Equal(("Bob", 1L), (map["name"], map["n"]));
    }

    [Fact]
    public void Normalize_composes_the_angstrom_sign() =>
        Assert.Equal(true, _db.Scalar("RETURN normalize('\\u212B') = '\\u00C5' AS same"));

    [Fact]
    public void A_list_predicate_over_a_scalar_reads_it_as_a_list_of_itself() =>
        Assert.Equal(["Ann"], Texts("MATCH (p:Person) WHERE any(x IN p.name WHERE x = 'Ann') RETURN p.name"));

    [Fact]
    public void A_variable_length_relationship_list_bound_earlier_is_matched_as_bound() =>
        Assert.Equal(["Bob,Ann", "Cy,Ann", "Ozzy,Ann", "Rex,Di"], Texts("""
            MATCH ()<-[r*1..2]-() MATCH (c)<-[r*1..2]-(d) RETURN c.name, d.name ORDER BY c.name
            """));
}
