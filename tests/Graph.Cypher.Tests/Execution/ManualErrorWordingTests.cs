using Graph.Core.Errors;

namespace Graph.Cypher.Tests.Execution;

// Error texts the Cypher manual (5.x) prints for failing examples, where the embedded engine's used to differ:
// a second index or constraint on the same schema under another name, and MERGE with a null property.
public sealed class ManualErrorWordingTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void An_index_on_an_indexed_schema_under_another_name_already_exists()
    {
        _db.Run("CREATE INDEX example_index FOR (n:Book) ON (n.title)");
        var error = Assert.Throws<GraphException>(() => _db.Run("CREATE INDEX bookTitleIndex FOR (book:Book) ON (book.title)"));
        Assert.Equal("Neo.ClientError.Schema.IndexAlreadyExists", error.Code);
        Assert.Equal("There already exists an index (:Book {title}).", error.Message);
    }

    [Fact]
    public void The_same_index_again_is_an_equivalent_one()
    {
        _db.Run("CREATE INDEX FOR (n:Book) ON (n.title)");
        var error = Assert.Throws<GraphException>(() => _db.Run("CREATE INDEX FOR (book:Book) ON (book.title)"));
        Assert.Equal(ErrorCodes.EquivalentSchemaRuleAlreadyExists, error.Code);
        Assert.StartsWith("An equivalent index already exists, 'Index(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constraint_on_a_constrained_schema_under_another_name_already_exists()
    {
        _db.Run("CREATE CONSTRAINT book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE");
        var error = Assert.Throws<GraphException>(() => _db.Run("CREATE CONSTRAINT new_book_isbn FOR (book:Book) REQUIRE book.isbn IS UNIQUE"));
        Assert.Equal("Neo.ClientError.Schema.ConstraintAlreadyExists", error.Code);
        Assert.StartsWith("Constraint already exists: Constraint( id=", error.Message, StringComparison.Ordinal);
        Assert.Contains("name='book_isbn', type='UNIQUENESS', schema=(:Book {isbn})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_a_relationship_with_a_null_property_names_its_pattern()
    {
        _db.Run("CREATE (:Person {name: 'Martin'}), (:Person {name: 'Charlie'})");
        var error = Assert.Throws<GraphException>(() => _db.Run(
            "MATCH (martin:Person {name: 'Martin'}), (charlie:Person {name: 'Charlie'}) MERGE (martin)-[:FATHER_OF {since: null}]->(charlie)"));
        Assert.Equal(ErrorCodes.SemanticError, error.Code);
        Assert.Equal("Cannot merge the following relationship because of null property value for 'since': (martin)-[:FATHER_OF {since: null}]->(charlie)", error.Message);
    }

    [Fact]
    public void Merging_a_node_with_a_null_property_shows_the_node()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("MERGE (p:Person {name: null})"));
        Assert.Equal("Cannot merge the following node because of null property value for 'name': (:Person {name: null})", error.Message);
    }
}
