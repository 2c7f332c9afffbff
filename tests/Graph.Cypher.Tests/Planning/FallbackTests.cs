using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down the interpreter fallback: each statement shape the planner does not cover yet runs on the
// interpreter for its named reason, decided when the statement is planned and shown at EXPLAIN's root.
public sealed class FallbackTests : IDisposable
{
    private readonly Db _db = PlanningGraph.Create();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("MATCH (m:Ministry) FOREACH (x IN [1] | SET m.x = x)", "UpdatingClause")]
    [InlineData("MATCH (m:Ministry) WHERE exists { MATCH (m)-[:PART_OF]->(s) RETURN s UNION MATCH (m)-[:PARTY_TO]->(s) RETURN s } RETURN m", "PatternExpression")]
    [InlineData("MATCH (m:Ministry)-[:PARTY_TO*1..2 {n: m.n}]-(x) RETURN count(*)", "VariableLengthRelationship")]
    [InlineData("MATCH (a:State {id: 's1'}), (b:Agreement {id: 'a9'}) RETURN length(shortestPath((a)-[*]-(b))) AS n", "ShortestPath")]
    [InlineData("MATCH (a:State {id: 's1'}) ((v)-[:TRADES_WITH]->(w))+ (b), (b) ((x)-[:TRADES_WITH]->(y))+ (c) RETURN count(*)", "QuantifiedPath")]
    [InlineData("MATCH (m:Ministry)-[:!PARTY_TO*1..2]->(x) RETURN count(*)", "RelationshipTypeExpression")]
    [InlineData("MATCH (a)-[r*1..2]->(b) WITH r MATCH (x)-[r*1..2]->(y) RETURN x", "RepeatedRelationshipVariable")]
    public void A_shape_not_planned_names_its_reason_and_still_answers(string query, string reason)
    {
        var root = _db.Run("EXPLAIN " + query).Records[0];
        Assert.Equal("ProduceResults", root["Operator"]);
        Assert.Equal($"runtime=interpreted ({reason})", root["Details"]);
    }

    [Fact]
    public void A_planned_statement_has_no_reason()
    {
        var root = _db.Run("EXPLAIN MATCH (m:Ministry) RETURN m.id").Records[0];
        Assert.Equal("`m.id`", root["Details"]);
    }

    [Fact]
    public void The_engine_option_forces_the_interpreter()
    {
        using var db = PlanningGraph.Create(interpretedOnly: true);
        Assert.Equal("runtime=interpreted (Forced)", db.Run("EXPLAIN MATCH (m:Ministry) RETURN m.id").Records[0]["Details"]);
        Assert.Equal(20L, db.Scalar("MATCH (m:Ministry) RETURN count(*)"));
    }

    [Theory]
    [InlineData("CYPHER runtime=interpreted EXPLAIN MATCH (m:Ministry) RETURN m.id", "runtime=interpreted (Forced)")]
    [InlineData("CYPHER 5 runtime=interpreted EXPLAIN MATCH (m:Ministry) RETURN m.id", "runtime=interpreted (Forced)")]
    [InlineData("CYPHER runtime=slotted EXPLAIN MATCH (m:Ministry) RETURN m.id", "`m.id`")]
    [InlineData("CYPHER 5 EXPLAIN MATCH (m:Ministry) RETURN m.id", "`m.id`")]
    public void The_runtime_option_of_the_CYPHER_prefix_chooses_the_runtime(string query, string rootDetails)
    {
        Assert.Equal(rootDetails, _db.Run(query).Records[0]["Details"]);
        Assert.Equal(20L, _db.Scalar(query.Replace("EXPLAIN ", "", StringComparison.Ordinal).Replace("RETURN m.id", "RETURN count(*)", StringComparison.Ordinal)));
    }
}
