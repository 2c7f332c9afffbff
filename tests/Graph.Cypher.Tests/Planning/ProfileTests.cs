using Graph.Core.Store;
using Graph.Cypher.Tests.Execution;
using Record = Graph.Core.Store.Record;

namespace Graph.Cypher.Tests.Planning;

// Locks down EXPLAIN/PROFILE as an operator tree: Neo4j's operator names, the Id/Parent chain, rows and db hits per operator.
public sealed class ProfileTests : IDisposable
{
    private readonly Db _db = new();

    public ProfileTests()
    {
        _db.Run("UNWIND range(1, 50) AS i CREATE (p:Person {id: 'p' + i, name: 'n' + i, age: i})");
        _db.Run("MATCH (a:Person), (b:Person) WHERE b.age = a.age + 1 CREATE (a)-[:KNOWS]->(b)");
    }

    public void Dispose() => _db.Dispose();

    private IReadOnlyList<Record> Plan(string cypher, object? parameters = null) => _db.Run(cypher, parameters).Records;

    private static List<string?> Operators(IReadOnlyList<Record> plan) => plan.Select(r => (string?)r["Operator"]).ToList();

    private static Record Op(IReadOnlyList<Record> plan, string name) => plan.First(r => (string?)r["Operator"] == name);

    private static long TotalHits(IReadOnlyList<Record> plan) => plan.Sum(r => (long)r["DB Hits"]!);

    [Fact]
    public void Unique_constraint_lookup_is_a_unique_index_seek()
    {
        _db.Run("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        var plan = Plan("PROFILE MATCH (p:Person {id: $id}) RETURN p.name", new Dictionary<string, object?> { ["id"] = "p7" });
        var seek = Op(plan, "NodeUniqueIndexSeek");
        Assert.Equal(1L, seek["Rows"]);
        Assert.Equal(1L, seek["Estimated Rows"]);
        Assert.DoesNotContain("NodeByLabelScan", Operators(plan));
    }

    [Fact]
    public void Plain_index_lookup_is_an_index_seek()
    {
        _db.Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        var plan = Plan("EXPLAIN MATCH (p:Person) WHERE p.name = $n RETURN p");
        Assert.Contains("NodeIndexSeek", Operators(plan));
    }

    [Fact]
    public void Tree_is_printed_root_first_with_parents()
    {
        var plan = Plan("EXPLAIN MATCH (p:Person) RETURN p");
        // RETURN p passes p's slot on, so no Projection (Neo4j's shape for this statement).
        Assert.Equal(["ProduceResults", "NodeByLabelScan"], Operators(plan));
        Assert.Null(plan[0]["Parent"]);
        for (var i = 1; i < plan.Count; i++) Assert.Equal(plan[i - 1]["Id"], plan[i]["Parent"]);
        Assert.DoesNotContain("DB Hits", _db.Run("EXPLAIN MATCH (p:Person) RETURN p").Columns);
    }

    [Fact]
    public void Expand_filter_and_projection_report_their_rows()
    {
        var plan = Plan("PROFILE MATCH (a:Person)-[r:KNOWS]->(b) WHERE b.age > 40 RETURN b.name");
        Assert.Equal(["ProduceResults", "Projection", "Filter", "Expand(All)", "NodeByLabelScan"], Operators(plan));
        Assert.Equal(50L, Op(plan, "NodeByLabelScan")["Rows"]);
        Assert.Equal(49L, Op(plan, "Expand(All)")["Rows"]);
        Assert.Equal(10L, Op(plan, "Filter")["Rows"]);
        Assert.Equal(10L, Op(plan, "ProduceResults")["Rows"]);
        Assert.Equal("(a)-[r:KNOWS]->(b)", Op(plan, "Expand(All)")["Details"]);
        Assert.True((long)Op(plan, "Expand(All)")["DB Hits"]! >= 49);
        Assert.True((long)Op(plan, "Filter")["DB Hits"]! >= 49, "the filter reads b.age of every expanded row");
    }

    [Fact]
    public void Aggregation_sort_and_limit_are_named_like_neo4j()
    {
        var plan = Operators(Plan("EXPLAIN MATCH (p:Person) WITH p.age % 3 AS k, count(*) AS c RETURN k, c ORDER BY c DESC LIMIT 2"));
        Assert.Contains("EagerAggregation", plan);
        // ORDER BY … LIMIT is one Top (it keeps the first rows while reading), not a Sort under a Limit.
        Assert.Contains("Top", plan);
        Assert.DoesNotContain("Sort", plan);
        Assert.True(plan.IndexOf("Top") < plan.IndexOf("EagerAggregation"), "root first: the top sits above the aggregation");
    }

    [Fact]
    public void Index_seek_costs_fewer_db_hits_than_a_label_scan_on_the_same_data()
    {
        const string query = "PROFILE MATCH (p:Person) WHERE p.name = 'n42' RETURN p.age";
        var scan = Plan(query);
        _db.Run("CREATE INDEX FOR (p:Person) ON (p.name)");
        var seek = Plan(query);
        Assert.Contains("NodeByLabelScan", Operators(scan));
        Assert.Contains("NodeIndexSeek", Operators(seek));
        Assert.Equal(42L, _db.Scalar("MATCH (p:Person) WHERE p.name = 'n42' RETURN p.age"));
        Assert.True(TotalHits(seek) * 5 < TotalHits(scan), $"seek {TotalHits(seek)} vs scan {TotalHits(scan)}");
    }

    [Fact]
    public void Profile_of_a_write_counts_rows_and_keeps_its_counters()
    {
        var result = _db.Run("PROFILE MATCH (p:Person) WHERE p.age <= 3 SET p.flag = true");
        Assert.Equal(3, result.Counters.PropertiesSet);
        Assert.Equal(3L, Op(result.Records, "SetProperty")["Rows"]);
    }

    [Fact]
    public void Result_export_is_charged_to_produce_results()
    {
        var plan = Plan("PROFILE MATCH (p:Person) WHERE p.age = 1 RETURN p");
        Assert.True((long)Op(plan, "ProduceResults")["DB Hits"]! > 0, "returning a node reads its labels and properties");
    }

    [Fact]
    public void Expansion_starts_from_the_most_selective_end()
    {
        _db.Run("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        var plan = Plan("PROFILE MATCH (a:Person)-[:KNOWS]->(b:Person {id: 'p7'}) RETURN a.name AS name");
        // The seek tests its own predicate; a's label is tested on each node the expand reaches.
        Assert.Equal(["ProduceResults", "Projection", "Filter", "Expand(All)", "NodeUniqueIndexSeek"], Operators(plan));
        Assert.Equal("a:Person", Op(plan, "Filter")["Details"]);
        Assert.Equal(1L, Op(plan, "NodeUniqueIndexSeek")["Rows"]);
        Assert.Equal("(b)<-[:KNOWS]-(a)", Op(plan, "Expand(All)")["Details"]);
        Assert.Equal(1L, Op(plan, "Expand(All)")["Rows"]);
        Assert.Equal("n6", _db.Scalar("MATCH (a:Person)-[:KNOWS]->(b:Person {id: 'p7'}) RETURN a.name"));
    }

    [Fact]
    public void A_variable_bound_by_an_earlier_clause_is_an_argument_not_a_scan()
    {
        var plan = Operators(Plan("EXPLAIN MATCH (a:Person {name: 'n1'}) MATCH (b:Person)<-[:KNOWS]-(a) RETURN b"));
        Assert.Single(plan, o => o == "NodeByLabelScan");
        Assert.Contains("Argument", plan);
    }

    [Fact]
    public void Limit_stops_the_expansion_early_when_nothing_eager_sits_between()
    {
        var limited = Plan("PROFILE MATCH (a:Person)-[:KNOWS]->(b) RETURN b.name LIMIT 3");
        Assert.Equal(3L, Op(limited, "Expand(All)")["Rows"]);
        Assert.Equal(3L, Op(limited, "Limit")["Rows"]);
        var sorted = Plan("PROFILE MATCH (a:Person)-[:KNOWS]->(b) RETURN b.name ORDER BY b.name LIMIT 3");
        Assert.Equal(49L, Op(sorted, "Expand(All)")["Rows"]);
        Assert.True((long)Op(limited, "Expand(All)")["DB Hits"]! < (long)Op(sorted, "Expand(All)")["DB Hits"]!);
    }

    [Fact]
    public void Planning_reads_are_not_charged_to_the_query()
    {
        var plan = Plan("PROFILE MATCH (p:Person) WHERE p.age = 1 RETURN p.name");
        Assert.Equal(0L, Op(plan, "ProduceResults")["DB Hits"]);
    }
}
