using Graph.Core.Errors;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// CREATE TEXT INDEX is accepted as Neo4j 5 accepts it: listed by SHOW INDEXES as a TEXT index with Neo4j's
// provider, its name taken (so a second index of that name fails as the manual shows), and string queries
// over the property answer as before.
public sealed class TextIndexTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_text_index_is_listed_as_text()
    {
        var created = _db.Run("CREATE TEXT INDEX bookTitles FOR (b:Book) ON (b.title)");
        Assert.Equal(1, created.Counters.IndexesAdded);

        var row = _db.Run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, indexProvider WHERE name = 'bookTitles' RETURN *").Records.Single();
        Assert.Equal("TEXT", row["type"]);
        Assert.Equal(["Book"], Assert.IsAssignableFrom<IEnumerable<object?>>(row["labelsOrTypes"]));
        Assert.Equal(["title"], Assert.IsAssignableFrom<IEnumerable<object?>>(row["properties"]));
        Assert.Equal("text-2.0", row["indexProvider"]);
    }

    [Fact]
    public void Its_name_is_taken_by_any_later_index()
    {
        _db.Run("CREATE TEXT INDEX indexOnBooks FOR (b:Label1) ON (b.prop1)");

        var error = Assert.Throws<GraphException>(() => _db.Run("CREATE INDEX indexOnBooks FOR (book:Book) ON (book.numberOfPages)"));
        Assert.Contains("There already exists an index called 'indexOnBooks'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_predicates_answer_the_same_with_a_text_index()
    {
        _db.Run("CREATE (:Book {title: 'Graph Databases'}), (:Book {title: 'Graph Algorithms'}), (:Book {title: 'Databases'})");
        _db.Run("CREATE TEXT INDEX FOR (b:Book) ON (b.title)");

        Assert.Equal(["Graph Algorithms", "Graph Databases"], _db.Column("MATCH (b:Book) WHERE b.title STARTS WITH 'Graph' RETURN b.title ORDER BY b.title"));
        Assert.Equal(["Databases", "Graph Databases"], _db.Column("MATCH (b:Book) WHERE b.title ENDS WITH 'Databases' RETURN b.title ORDER BY b.title"));
    }

    [Fact]
    public void A_text_index_takes_one_property()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("CREATE TEXT INDEX FOR (b:Book) ON (b.title, b.isbn)"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }
}
