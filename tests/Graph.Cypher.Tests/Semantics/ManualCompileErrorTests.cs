using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Semantics;

// The failing examples of the Cypher manual (5.x) that Neo4j rejects before running: subqueries shadowing an
// outer variable, an importing WITH that filters, a procedure call inside a query without YIELD, a grouping
// key that is neither a variable nor a property, a closed type union mixing NOT NULL and nullable members.
public sealed class ManualCompileErrorTests : IDisposable
{
    private readonly Db _db = new();

    public ManualCompileErrorTests() =>
        _db.Run("CREATE (:Person {name: 'Peter', age: 35})-[:HAS_DOG]->(:Dog {name: 'Ozzy'}), (:Team {name: 'T'}), (:Person {name: 'Keanu Reeves', age: 58})-[:KNOWS]->(:Person {name: 'Carrie', age: 55})");

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (t:Team) CALL (t) { WITH 'New team' AS t MATCH (p:Person)-[:PLAYS_FOR]->(t) RETURN collect(p) AS players } RETURN t AS team, players",
        "The variable `t` is shadowing a variable with the same name from the outer scope and needs to be renamed")]
    [InlineData("WITH 'Peter' AS name MATCH (person:Person {name: name}) RETURN COLLECT { WITH 'Ozzy' AS name MATCH (person)-[:HAS_DOG]->(d:Dog {name: name}) RETURN d.name } AS dogs",
        "The variable `name` is shadowing a variable with the same name from the outer scope and needs to be renamed")]
    [InlineData("WITH 'Peter' AS name MATCH (person:Person {name: name}) WHERE COUNT { WITH 'Ozzy' AS name MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = name } = 1 RETURN person.name",
        "The variable `name` is shadowing a variable with the same name from the outer scope and needs to be renamed")]
    [InlineData("WITH 'Peter' AS name MATCH (person:Person {name: name}) WHERE EXISTS { WITH 'Ozzy' AS name MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = name } RETURN person.name",
        "The variable `name` is shadowing a variable with the same name from the outer scope and needs to be renamed")]
    [InlineData("UNWIND [[1, 2], [1, 2, 3]] AS l CALL { WITH l WHERE size(l) > 2 RETURN l AS large } RETURN large",
        "Importing WITH should consist only of simple references to outside variables. WHERE is not allowed.")]
    [InlineData("UNWIND [1, 2] AS x CALL { WITH x ORDER BY x RETURN x AS y } RETURN y",
        "Importing WITH should consist only of simple references to outside variables. ORDER BY is not allowed.")]
    [InlineData("CALL db.labels() YIELD * RETURN count(*) AS results",
        "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)")]
    [InlineData("CALL db.labels() RETURN 1 AS one",
        "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)")]
    [InlineData("CALL db.labels YIELD label RETURN label",
        "Procedure call is missing parentheses: db.labels")]
    [InlineData("MATCH (p:Person {name: 'Keanu Reeves'})-[:KNOWS]-(f:Person) RETURN p.age + p.age, p.age + p.age - max(f.age)",
        "Aggregation column contains implicit grouping expressions.")]
    [InlineData("RETURN 1 IS :: INTEGER NOT NULL | FLOAT",
        "All types in a Closed Dynamic Union must be nullable, or be appended with `NOT NULL`")]
    public void Rejected_before_running_with_Neo4js_text(string query, string message)
    {
        var error = Assert.Throws<GraphException>(() => _db.Run(query));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implicit_grouping_names_the_property_that_is_not_a_key()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("MATCH (p:Person)-[:KNOWS]-(f:Person) RETURN p.age + p.age, p.age + p.age - max(f.age)"));
        Assert.Contains("Illegal expression(s): p.age", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadowing_points_at_the_name_after_AS()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("WITH 'Peter' AS name\nMATCH (person:Person {name: name})\nRETURN COLLECT {\n    WITH 'Ozzy' AS name\n    RETURN name\n} AS dogs"));
        Assert.Equal((4, 20), (error.Line, error.Column));
    }

    [Theory]
    // Passing an imported variable on unchanged, or using a new name, is not shadowing.
    [InlineData("MATCH (t:Team) CALL (t) { WITH t, 'x' AS other RETURN other } RETURN other", "x")]
    [InlineData("WITH 'Peter' AS name MATCH (p:Person {name: name}) RETURN COUNT { WITH 'Ozzy' AS dog MATCH (p)-[:HAS_DOG]->(d:Dog {name: dog}) RETURN d } AS n", 1L)]
    [InlineData("UNWIND [[1, 2], [1, 2, 3]] AS l CALL { WITH l WITH l WHERE size(l) > 2 RETURN l AS large } RETURN large", new object[] { 1L, 2L, 3L })]
    [InlineData("CALL db.labels() YIELD label WITH label WHERE label = 'Dog' RETURN label", "Dog")]
    [InlineData("MATCH (p:Person {name: 'Keanu Reeves'})-[:KNOWS]-(f:Person) RETURN p.age, p.age - max(f.age) AS d", 3L)]
    [InlineData("RETURN 1 IS :: INTEGER NOT NULL | FLOAT NOT NULL AS t", true)]
    public void Allowed_forms_still_run(string query, object expected)
    {
        var record = _db.Run(query).Records.Single();
        Assert.Equal(expected, record.Values[^1]);
    }

    [Fact]
    public void A_standalone_call_may_leave_out_YIELD()
    {
        var result = _db.Run("CALL db.labels()");
        Assert.Equal(["label"], result.Columns);
        Assert.Contains(result.Records, r => Equals(r[0], "Dog"));
    }
}
