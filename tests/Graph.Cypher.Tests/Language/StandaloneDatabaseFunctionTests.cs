using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// graph.names(), graph.propertiesByName() and db.nameFromElementId() answer as on a standalone Neo4j server:
// one standard database called neo4j and no composite database with constituent graphs.
public sealed class StandaloneDatabaseFunctionTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_standard_database_has_no_constituent_graphs()
    {
        Assert.Equal([], Assert.IsAssignableFrom<IEnumerable<object?>>(_db.Scalar("RETURN graph.names()")));
        Assert.Null(_db.Scalar("RETURN graph.propertiesByName('composite.first')"));
        Assert.Empty(_db.Run("UNWIND graph.names() AS name RETURN name, graph.propertiesByName(name) AS props").Records);
    }

    [Fact]
    public void An_element_id_names_the_one_database()
    {
        // The manual's example id, and one of our own.
        Assert.Equal("neo4j", _db.Scalar("RETURN db.nameFromElementId('2:efc7577d-022a-107c-a736-dbcdfc189c03:0')"));
        Assert.Equal("neo4j", _db.Scalar("CREATE (n) RETURN db.nameFromElementId(elementId(n))"));
    }

    [Fact]
    public void A_text_that_is_no_element_id_names_no_database()
    {
        Assert.Null(_db.Scalar("RETURN db.nameFromElementId('not an id')"));
        Assert.Null(_db.Scalar("RETURN db.nameFromElementId(null)"));
    }
}
