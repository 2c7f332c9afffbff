using Graph.Core.Errors;
using Graph.Cypher.Tests.Durability;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// CREATE POINT INDEX (Cypher manual 5.26, "Create, show, and delete indexes"): accepted, listed by SHOW INDEXES as a
// POINT index with the point-1.0 provider, dropped by name, kept by the data directory; point predicates still answer.
public sealed class PointIndexTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void It_is_created_listed_and_dropped()
    {
        var created = _db.Run("CREATE POINT INDEX node_point_index_name FOR (n:Person) ON (n.sublocation)");
        Assert.Equal(1, created.Counters.IndexesAdded);
        var row = _db.Run("SHOW POINT INDEXES").Records.Single();
        Assert.Equal("node_point_index_name", row["name"]);
        Assert.Equal("POINT", row["type"]);
        Assert.Equal("point-1.0", row["indexProvider"]);
        Assert.Equal(new List<object?> { "sublocation" }, row["properties"]);
        Assert.Equal(0, _db.Run("CREATE POINT INDEX node_point_index_name IF NOT EXISTS FOR (n:Person) ON (n.sublocation)").Counters.IndexesAdded);
        Assert.Equal(1, _db.Run("DROP INDEX node_point_index_name").Counters.IndexesRemoved);
        Assert.Empty(_db.Run("SHOW POINT INDEXES").Records);
    }

    [Fact]
    public void Point_predicates_answer_the_same_with_the_index()
    {
        _db.Run("CREATE POINT INDEX FOR ()-[r:KNOWS]-() ON (r.place)");
        _db.Run("CREATE (:P)-[:KNOWS {place: point({x: 1, y: 1})}]->(:P), (:P)-[:KNOWS {place: point({x: 10, y: 10})}]->(:P)");
        Assert.Equal(1L, _db.Scalar("MATCH ()-[r:KNOWS]->() WHERE point.withinBBox(r.place, point({x: 0, y: 0}), point({x: 2, y: 2})) RETURN count(r)"));
        Assert.Equal(1L, _db.Scalar("MATCH ()-[r:KNOWS]->() WHERE point.distance(r.place, point({x: 0, y: 0})) < 5 RETURN count(r)"));
    }

    [Fact]
    public void Only_one_property_may_be_indexed() =>
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Throws<GraphException>(() => _db.Run("CREATE POINT INDEX FOR (n:Person) ON (n.a, n.b)")).Code);

    [Fact]
    public void The_data_directory_keeps_it()
    {
        using var dir = new TempDataDirectory();
        using (var db = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path }))
        {
            db.Run("CREATE POINT INDEX places FOR (n:Place) ON (n.location)");
        }
        using var reopened = new Db(new EmbeddedGraphOptions { DataDirectory = dir.Path });
        Assert.Equal("POINT", reopened.Run("SHOW INDEXES YIELD name, type WHERE name = 'places'").Records.Single()["type"]);
    }
}
