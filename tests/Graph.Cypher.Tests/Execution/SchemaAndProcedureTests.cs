using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Cypher.Tests.Execution;

// Locks down CREATE/DROP INDEX and CONSTRAINT, SHOW INDEXES/CONSTRAINTS columns, and the built-in procedures.
public sealed class SchemaAndProcedureTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Create_index_counts_and_shows_with_default_columns()
    {
        Assert.Equal(1, _db.Run("CREATE INDEX person_name FOR (p:Person) ON (p.name)").Counters.IndexesAdded);
        var show = _db.Run("SHOW INDEXES");
        Assert.Equal(
            ["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint", "lastRead", "readCount"],
            show.Columns);
        var row = show.Records.Single(r => (string?)r["name"] == "person_name");
        Assert.Equal("RANGE", row["type"]);
        Assert.Equal("NODE", row["entityType"]);
        Assert.Equal(["Person"], (IEnumerable<object?>)row["labelsOrTypes"]!);
        Assert.Equal(1, _db.Run("DROP INDEX person_name").Counters.IndexesRemoved);
    }

    [Fact]
    public void Show_with_yield_and_where()
    {
        _db.Run("CREATE INDEX a FOR (p:A) ON (p.x)");
        _db.Run("CREATE INDEX b FOR (p:B) ON (p.x)");
        var result = _db.Run("SHOW INDEXES YIELD name, type WHERE name = 'b'");
        Assert.Equal(["name", "type"], result.Columns);
        Assert.Equal("b", result.Records.Single()["name"]);
    }

    [Fact]
    public void Show_with_return_orders_and_projects()
    {
        _db.Run("CREATE INDEX zeta FOR (p:Z) ON (p.x)");
        _db.Run("CREATE INDEX alpha FOR (p:A) ON (p.x)");
        var names = _db.Column("SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN name ORDER BY name");
        Assert.Equal(["alpha", "zeta"], names);
    }

    [Fact]
    public void Unique_constraint_rejects_duplicates_and_shows()
    {
        Assert.Equal(1, _db.Run("CREATE CONSTRAINT book_isbn FOR (b:Book) REQUIRE b.isbn IS UNIQUE").Counters.ConstraintsAdded);
        _db.Run("CREATE (:Book {isbn: '1'})");
        var ex = Assert.Throws<GraphException>(() => _db.Run("CREATE (:Book {isbn: '1'})"));
        Assert.Equal(ErrorCodes.ConstraintValidationFailed, ex.Code);
        var show = _db.Run("SHOW CONSTRAINTS");
        Assert.Equal(["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType"], show.Columns);
        Assert.Equal("UNIQUENESS", show.Records.Single()["type"]);
        Assert.Equal(1L, _db.Scalar("MATCH (b:Book) RETURN count(b)"));
    }

    [Fact]
    public void Index_seek_finds_the_same_rows_as_a_scan()
    {
        _db.Run("UNWIND range(1, 50) AS i CREATE (:Person {name: 'p' + i})");
        var before = _db.Column("MATCH (p:Person) WHERE p.name = 'p7' RETURN p.name");
        _db.Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        Assert.Equal(before, _db.Column("MATCH (p:Person) WHERE p.name = 'p7' RETURN p.name"));
        Assert.Equal(["p7"], _db.Column("MATCH (p:Person {name: 'p7'}) RETURN p.name"));
    }

    [Fact]
    public void Show_procedures_and_functions_list_the_built_ins()
    {
        Assert.Contains("db.labels", _db.Column("SHOW PROCEDURES YIELD name RETURN name"));
        Assert.Contains("toUpper", _db.Column("SHOW FUNCTIONS YIELD name RETURN name"));
    }

    [Fact]
    public void Catalogue_procedures()
    {
        _db.Run("CREATE (:A {x: 1})-[:R]->(:B {y: 2})");
        Assert.Equal(["A", "B"], _db.Column("CALL db.labels() YIELD label RETURN label ORDER BY label"));
        Assert.Equal(["R"], _db.Column("CALL db.relationshipTypes()"));
        Assert.Equal(["x", "y"], _db.Column("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey"));
        Assert.Equal(["B"], _db.Column("CALL db.labels() YIELD label WHERE label <> 'A' RETURN label"));
    }

    [Fact]
    public void Schema_visualization_has_virtual_node_per_label()
    {
        _db.Run("CREATE (:A)-[:R]->(:B)");
        var record = _db.Run("CALL db.schema.visualization()").Records.Single();
        var nodes = ((IEnumerable<object?>)record["nodes"]!).Cast<Node>().ToList();
        Assert.Equal(["A", "B"], nodes.Select(n => n.Properties["name"]).Cast<string>().Order());
        var rel = ((IEnumerable<object?>)record["relationships"]!).Cast<Relationship>().Single();
        Assert.Equal("R", rel.Type);
    }

    [Fact]
    public void Fulltext_query_nodes_yields_node_and_score()
    {
        _db.Run("CREATE FULLTEXT INDEX titles FOR (m:Movie) ON EACH [m.title]");
        _db.Run("CREATE (:Movie {title: 'The Matrix'}), (:Movie {title: 'Cloud Atlas'})");
        var rows = _db.Run("CALL db.index.fulltext.queryNodes('titles', 'matrix') YIELD node, score RETURN node.title AS t, score").Records;
        Assert.Equal("The Matrix", Assert.Single(rows)["t"]);
        Assert.True((double)rows[0]["score"]! > 0);
    }
}
