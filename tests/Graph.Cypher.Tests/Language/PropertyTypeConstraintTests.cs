using Graph.Core.Errors;
using Graph.Cypher.Tests.Durability;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Property type constraints (Cypher manual 5.26, "Constraints": "Create property type constraints"): REQUIRE n.p IS :: T
// (or :: T, IS TYPED T) on nodes and relationships, enforced on writes with Neo4j's message, checked against existing
// data at creation, listed by SHOW CONSTRAINTS with their type, and kept by the data directory.
public sealed class PropertyTypeConstraintTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_value_of_another_type_is_refused_with_neo4js_message()
    {
        _db.Run("CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING");
        _db.Run("CREATE (:Movie {title: 'Fighting Crime'})");
        var ex = Assert.Throws<GraphException>(() => _db.Run("CREATE (:Movie {title: 13})"));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, ex.Code);
        Assert.Matches(@"^Node\(\d+\) with label `Movie` required the property `title` to be of type `STRING`, but was of type `INTEGER`\.$", ex.Message);
        Assert.Equal(1L, _db.Scalar("MATCH (m:Movie) RETURN count(m)"));
    }

    [Fact]
    public void A_missing_property_is_allowed_and_a_set_is_checked_too()
    {
        _db.Run("CREATE CONSTRAINT FOR (p:Person) REQUIRE p.age :: INTEGER");
        _db.Run("CREATE (:Person {name: 'no age'})");
        var ex = Assert.Throws<GraphException>(() => _db.Run("MATCH (p:Person) SET p.age = '42'"));
        Assert.Contains("required the property `age` to be of type `INTEGER`, but was of type `STRING`", ex.Message);
        _db.Run("MATCH (p:Person) SET p.age = 42");
        Assert.Equal(42L, _db.Scalar("MATCH (p:Person) RETURN p.age"));
    }

    [Fact]
    public void Relationships_unions_and_lists_are_checked()
    {
        _db.Run("CREATE CONSTRAINT part_of_year FOR ()-[r:PART_OF]-() REQUIRE r.year IS TYPED INTEGER | FLOAT");
        _db.Run("CREATE CONSTRAINT tags FOR (t:Tagged) REQUIRE t.tags IS :: LIST<STRING NOT NULL>");
        _db.Run("CREATE (:A)-[:PART_OF {year: 2020}]->(:B), (:A)-[:PART_OF {year: 2020.5}]->(:B), (:Tagged {tags: ['x', 'y']}), (:Tagged {tags: []})");
        var rel = Assert.Throws<GraphException>(() => _db.Run("CREATE (:A)-[:PART_OF {year: '2020'}]->(:B)"));
        Assert.Matches(@"^Relationship\(\d+\) with type `PART_OF` required the property `year` to be of type `INTEGER \| FLOAT`, but was of type `STRING`\.$", rel.Message);
        var list = Assert.Throws<GraphException>(() => _db.Run("CREATE (:Tagged {tags: [1, 2]})"));
        Assert.Contains("to be of type `LIST<STRING NOT NULL>`, but was of type `LIST<INTEGER NOT NULL>`", list.Message);
    }

    [Fact]
    public void Creation_fails_over_existing_data_of_another_type()
    {
        _db.Run("CREATE (:Movie {title: 7})");
        var ex = Assert.Throws<GraphException>(() => _db.Run("CREATE CONSTRAINT FOR (m:Movie) REQUIRE m.title IS :: STRING"));
        Assert.Equal("Neo.ClientError.Schema.ConstraintCreationFailed", ex.Code);
        Assert.Matches(@"Node\(\d+\) property `title` is of type `INTEGER`\.$", ex.Message);
        Assert.Empty(_db.Run("SHOW CONSTRAINTS").Records);
    }

    [Fact]
    public void Show_constraints_lists_the_kind_and_the_type()
    {
        _db.Run("CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING");
        _db.Run("CREATE CONSTRAINT rel_year FOR ()-[r:PART_OF]-() REQUIRE r.year :: LIST<INTEGER NOT NULL>");
        var rows = _db.Run("SHOW CONSTRAINTS YIELD name, type, entityType, propertyType ORDER BY name").Records;
        string[] columns = ["name", "type", "entityType", "propertyType"];
        Assert.Equal(["movie_title", "NODE_PROPERTY_TYPE", "NODE", "STRING"], columns.Select(c => rows[0][c]));
        Assert.Equal(["rel_year", "RELATIONSHIP_PROPERTY_TYPE", "RELATIONSHIP", "LIST<INTEGER NOT NULL>"], columns.Select(c => rows[1][c]));
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT FOR (n:N) REQUIRE n.p IS :: MAP")]
    [InlineData("CREATE CONSTRAINT FOR (n:N) REQUIRE n.p IS :: INTEGER NOT NULL")]
    [InlineData("CREATE CONSTRAINT FOR (n:N) REQUIRE n.p IS :: LIST<INTEGER>")]
    [InlineData("CREATE CONSTRAINT FOR (n:N) REQUIRE n.p IS :: NODE")]
    [InlineData("CREATE CONSTRAINT FOR (n:N) REQUIRE (n.p, n.q) IS :: INTEGER")]
    public void Types_a_property_cannot_have_are_refused(string statement)
    {
        var ex = Assert.Throws<GraphException>(() => _db.Run(statement));
        Assert.Equal(ErrorCodes.SyntaxError, ex.Code);
        Assert.Empty(_db.Run("SHOW CONSTRAINTS").Records);
    }

    [Fact]
    public void The_data_directory_keeps_and_enforces_it_after_reopening()
    {
        using var dir = new TempDataDirectory();
        using (var db = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path }))
        {
            db.Run("CREATE CONSTRAINT movie_title FOR (movie:Movie) REQUIRE movie.title IS :: STRING");
        }
        using var reopened = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path });
        Assert.Equal("STRING", reopened.Scalar("SHOW CONSTRAINTS YIELD propertyType"));
        Assert.Throws<GraphException>(() => reopened.Run("CREATE (:Movie {title: 1})"));
    }
}
