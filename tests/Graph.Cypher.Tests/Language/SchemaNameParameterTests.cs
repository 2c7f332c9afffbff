using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// Index and constraint names given as parameters (Cypher manual, "Create, show, and delete indexes":
// CREATE INDEX $name FOR …, DROP INDEX $name).
public sealed class SchemaNameParameterTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    private static Dictionary<string, object?> Named(string name) => new() { ["name"] = name };

    [Fact]
    public void An_index_takes_its_name_from_a_parameter_and_drops_by_it()
    {
        Assert.Equal(1, _db.Run("CREATE INDEX $name FOR (n:Person) ON (n.surname)", Named("person_surname")).Counters.IndexesAdded);
        Assert.Contains("person_surname", _db.Column("SHOW INDEXES YIELD name RETURN name"));
        Assert.Equal(1, _db.Run("DROP INDEX $name", Named("person_surname")).Counters.IndexesRemoved);
        Assert.DoesNotContain("person_surname", _db.Column("SHOW INDEXES YIELD name RETURN name"));
    }

    [Fact]
    public void A_constraint_takes_its_name_from_a_parameter()
    {
        _db.Run("CREATE CONSTRAINT $name IF NOT EXISTS FOR (b:Book) REQUIRE b.isbn IS UNIQUE", Named("book_isbn"));
        Assert.Contains("book_isbn", _db.Column("SHOW CONSTRAINTS YIELD name RETURN name"));
        Assert.Equal(1, _db.Run("DROP CONSTRAINT $name", Named("book_isbn")).Counters.ConstraintsRemoved);
    }

    [Fact]
    public void A_name_parameter_must_be_a_string() =>
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => _db.Run("CREATE INDEX $name FOR (n:P) ON (n.x)", new Dictionary<string, object?> { ["name"] = 5L })).Code);
}
