using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Language;

// point(), its components, point.distance, point.withinBBox and the vector similarity functions, with the
// Cypher manual's examples ("Spatial functions", "Vector functions").
public sealed class SpatialAndVectorTests : IDisposable
{
    private readonly Db _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Point_picks_its_crs_from_the_keys()
    {
        var row = _db.Run("RETURN point({x: 2.3, y: 4.5}) AS c, point({longitude: 56.7, latitude: 12.78}) AS g, point({x: 2.3, y: 4.5, z: 2}) AS c3, point({longitude: 56.7, latitude: 12.78, height: 8}) AS g3").Records.Single();
        Assert.Equal(new CypherPoint(7203, 2.3, 4.5, null), row["c"]);
        Assert.Equal(new CypherPoint(4326, 56.7, 12.78, null), row["g"]);
        Assert.Equal(new CypherPoint(9157, 2.3, 4.5, 2), row["c3"]);
        Assert.Equal(new CypherPoint(4979, 56.7, 12.78, 8), row["g3"]);
    }

    [Fact]
    public void A_point_prints_as_neo4j_prints_it() =>
        Assert.Equal("point({x: 2.3, y: 4.5, crs: 'cartesian'})", _db.Scalar("RETURN toString(point({x: 2.3, y: 4.5}))"));

    [Fact]
    public void Components_read_by_name()
    {
        var row = _db.Run("WITH point({longitude: 56.7, latitude: 12.78}) AS p RETURN p.longitude AS lon, p.latitude AS lat, p.crs AS crs, p.srid AS srid, p.x AS x").Records.Single();
        Assert.Equal([56.7, 12.78, "wgs-84", 4326L, 56.7], row.Values);
    }

    [Fact]
    public void Cartesian_distance_is_euclidean() =>
        Assert.Equal(5.0, _db.Scalar("RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4}))"));

    [Fact]
    public void Geographic_distance_is_in_metres()
    {
        // The manual's example: two points in Malmö about 1.27 km apart.
        var d = (double)_db.Scalar("WITH point({longitude: 12.78, latitude: 56.7}) AS p1, point({latitude: 56.71, longitude: 12.79}) AS p2 RETURN point.distance(p1, p2)")!;
        Assert.InRange(d, 1269.0, 1271.0);
    }

    [Fact]
    public void Geographic_3d_distance_measures_the_arc_at_the_mean_height_as_neo4j_does()
    {
        // The manual's 3-D example (functions/spatial.adoc): both points 100 m up, so the arc is on a sphere 100 m
        // larger than the 2-D one and the answer is Neo4j's to the last digit, not 1269.8949… of the surface arc.
        var d = _db.Scalar("WITH point({longitude: 12.78, latitude: 56.7, height: 100}) AS p1, point({latitude: 56.71, longitude: 12.79, height: 100}) AS p2 RETURN point.distance(p1, p2)");
        Assert.Equal(1269.9148706779097, d);
    }

    [Fact]
    public void Points_of_different_crs_have_no_distance() =>
        Assert.Null(_db.Scalar("RETURN point.distance(point({x: 0, y: 0}), point({latitude: 0, longitude: 0}))"));

    [Fact]
    public void Within_bbox_includes_the_edges()
    {
        var row = _db.Run("WITH point({x: 0, y: 0}) AS low, point({x: 10, y: 10}) AS high RETURN point.withinBBox(point({x: 5, y: 5}), low, high) AS inside, point.withinBBox(point({x: 10, y: 0}), low, high) AS edge, point.withinBBox(point({x: 11, y: 5}), low, high) AS outside").Records.Single();
        Assert.Equal([true, true, false], row.Values);
    }

    [Fact]
    public void Points_are_stored_and_compared()
    {
        _db.Run("CREATE (:Office {location: point({x: 1.0, y: 2.0})})");
        Assert.Equal(true, _db.Scalar("MATCH (o:Office) RETURN o.location = point({x: 1, y: 2})"));
    }

    [Fact]
    public void A_latitude_out_of_range_is_refused()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("RETURN point({latitude: 100, longitude: 0})"));
        Assert.Equal("Neo.ClientError.Statement.ArgumentError", error.Code);
    }

    [Fact]
    public void Vector_similarities_follow_the_manual_formulas()
    {
        var row = _db.Run("RETURN vector.similarity.euclidean([1.0, 2.0], [2.0, 3.0]) AS e, vector.similarity.cosine([1.0, 0.0], [1.0, 1.0]) AS c, vector.similarity.cosine(null, [1.0]) AS n").Records.Single();
        Assert.Equal(1.0 / 3, (double)row["e"]!, 12);
        Assert.Equal((1 + Math.Sqrt(0.5)) / 2, (double)row["c"]!, 12);
        Assert.Null(row["n"]);
    }

    [Fact]
    public void Vectors_of_different_sizes_are_refused()
    {
        var error = Assert.Throws<GraphException>(() => _db.Run("RETURN vector.similarity.cosine([1.0, 2.0], [1.0])"));
        Assert.Equal("Neo.ClientError.Statement.ArgumentError", error.Code);
    }
}
