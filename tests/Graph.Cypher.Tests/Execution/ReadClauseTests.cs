using Graph.Core.Values;

namespace Graph.Cypher.Tests.Execution;

// Locks down MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN and UNWIND on the manual's small example graphs.
public sealed class ReadClauseTests : IDisposable
{
    private readonly Db _db = new();

    public ReadClauseTests() =>
        _db.Run("""
            CREATE (charlie:Person {name: 'Charlie Sheen'}), (martin:Person {name: 'Martin Sheen'}),
                   (michael:Person {name: 'Michael Douglas'}), (oliver:Person {name: 'Oliver Stone'}),
                   (rob:Person {name: 'Rob Reiner'}),
                   (wallStreet:Movie {title: 'Wall Street'}), (american:Movie {title: 'The American President'}),
                   (charlie)-[:ACTED_IN {role: 'Bud Fox'}]->(wallStreet),
                   (martin)-[:ACTED_IN {role: 'Carl Fox'}]->(wallStreet),
                   (michael)-[:ACTED_IN {role: 'Gordon Gekko'}]->(wallStreet),
                   (martin)-[:ACTED_IN {role: 'A.J. MacInerney'}]->(american),
                   (michael)-[:ACTED_IN {role: 'President Andrew Shepherd'}]->(american),
                   (oliver)-[:DIRECTED]->(wallStreet), (rob)-[:DIRECTED]->(american)
            """);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Match_all_nodes_with_label_returns_every_movie()
    {
        var titles = _db.Column("MATCH (m:Movie) RETURN m.title AS t ORDER BY t");
        Assert.Equal(["The American President", "Wall Street"], titles);
    }

    [Fact]
    public void Match_related_nodes_finds_director_of_wall_street()
    {
        var names = _db.Column("MATCH (:Person {name: 'Oliver Stone'})-[:DIRECTED]->(movie) RETURN movie.title");
        Assert.Equal(["Wall Street"], names);
    }

    [Fact]
    public void Relationship_property_and_type_are_readable()
    {
        var result = _db.Run("MATCH (:Person {name: 'Oliver Stone'})-[r]->(movie) RETURN type(r) AS t");
        Assert.Equal("DIRECTED", result.Records.Single()["t"]);
    }

    [Fact]
    public void Incoming_direction_and_where_on_relationship()
    {
        var roles = _db.Column("MATCH (wallstreet:Movie {title: 'Wall Street'})<-[r:ACTED_IN]-(actor) WHERE r.role STARTS WITH 'Gordon' RETURN actor.name");
        Assert.Equal(["Michael Douglas"], roles);
    }

    [Fact]
    public void Optional_match_yields_null_when_nothing_matches()
    {
        var value = _db.Scalar("MATCH (a:Movie {title: 'Wall Street'}) OPTIONAL MATCH (a)-->(x) RETURN x");
        Assert.Null(value);
    }

    [Fact]
    public void Optional_match_property_of_missing_is_null()
    {
        var result = _db.Run("MATCH (a:Person {name: 'Martin Sheen'}) OPTIONAL MATCH (a)-[r:DIRECTED]->() RETURN a.name, r");
        Assert.Equal("Martin Sheen", result.Records.Single()[0]);
        Assert.Null(result.Records.Single()[1]);
    }

    [Fact]
    public void Returned_node_carries_labels_and_properties()
    {
        var node = Assert.IsType<Node>(_db.Scalar("MATCH (n:Person {name: 'Rob Reiner'}) RETURN n"));
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Rob Reiner", node.Properties["name"]);
        Assert.StartsWith("4:", node.ElementId, StringComparison.Ordinal);
    }

    [Fact]
    public void Relationship_isomorphism_never_reuses_a_relationship()
    {
        // Two ACTED_IN hops from Martin back to himself through the same relationship are not a match.
        var count = _db.Scalar("MATCH (p:Person {name: 'Martin Sheen'})-[:ACTED_IN]->(m)<-[:ACTED_IN]-(other) RETURN count(other)");
        // Charlie and Michael through Wall Street, Michael through The American President; never Martin himself.
        Assert.Equal(3L, count);
    }

    [Fact]
    public void Unwind_list_produces_one_row_per_element_and_null_produces_none()
    {
        Assert.Equal([1L, 2L, 3L], _db.Column("UNWIND [1, 2, 3] AS x RETURN x"));
        Assert.Empty(_db.Column("UNWIND null AS x RETURN x"));
        Assert.Empty(_db.Column("UNWIND [] AS x RETURN x"));
        Assert.Equal([5L], _db.Column("UNWIND 5 AS x RETURN x"));
    }

    [Fact]
    public void With_filters_on_aggregate()
    {
        var names = _db.Column("MATCH (p:Person)-[:ACTED_IN]->(m) WITH p, count(m) AS movies WHERE movies > 1 RETURN p.name ORDER BY p.name");
        Assert.Equal(["Martin Sheen", "Michael Douglas"], names);
    }

    [Fact]
    public void Return_distinct_removes_duplicates()
    {
        var titles = _db.Column("MATCH (:Person)-[:ACTED_IN]->(m) RETURN DISTINCT m.title AS t ORDER BY t");
        Assert.Equal(["The American President", "Wall Street"], titles);
    }

    [Fact]
    public void Skip_and_limit_page_ordered_rows()
    {
        var names = _db.Column("MATCH (p:Person) RETURN p.name AS n ORDER BY n SKIP 1 LIMIT 2");
        Assert.Equal(["Martin Sheen", "Michael Douglas"], names);
    }

    [Fact]
    public void Order_by_can_use_variable_not_returned_without_aggregation()
    {
        var names = _db.Column("MATCH (p:Person) RETURN p.name AS n ORDER BY p.name DESC LIMIT 1");
        Assert.Equal(["Rob Reiner"], names);
    }

    [Fact]
    public void Return_star_lists_variables_sorted()
    {
        var result = _db.Run("MATCH (b:Movie {title: 'Wall Street'}), (a:Person {name: 'Rob Reiner'}) RETURN *");
        Assert.Equal(["a", "b"], result.Columns);
    }

    [Fact]
    public void Named_path_has_length()
    {
        var length = _db.Scalar("MATCH p = (:Person {name: 'Oliver Stone'})-[:DIRECTED]->(:Movie) RETURN length(p)");
        Assert.Equal(1L, length);
    }
}
