namespace Graph.Cypher.Tests.Execution;

// A MATCH's WHERE is tested once per candidate: the conjuncts its start node decides at the start, the others
// on each complete match; never the whole WHERE again afterwards. Answers are those of the plain filter.
public sealed class WhereOnceTests
{
    private readonly FakeGraphStatements _graph = new();

    public WhereOnceTests()
    {
        var previous = _graph.View.AddNode(["L"], ("i", 0L));
        for (var i = 1; i < 100; i++)
        {
            var node = _graph.View.AddNode(["L"], ("i", (long)i));
            _graph.View.AddRelationship(previous, "NEXT", node);
            previous = node;
        }
    }

    private IReadOnlyList<object?> Column(string statement) => _graph.Column(statement);

    [Fact]
    public void A_start_node_condition_reads_each_candidate_once()
    {
        Assert.Equal([10L], Column("MATCH (n:L) WHERE n.i >= 90 RETURN count(*)"));
        Assert.Equal(100, _graph.View.PropertyReads);
    }

    [Fact]
    public void Conditions_on_the_far_end_are_tested_on_each_match()
    {
        Assert.Equal([5L, 6L], Column("MATCH (a:L)-[:NEXT]->(b) WHERE a.i >= 5 AND b.i <= 7 RETURN a.i ORDER BY a.i"));
        // 100 starts read a.i; the 94 that pass and have a next node read b.i once; RETURN reads a.i of the 2 rows.
        Assert.Equal(100 + 94 + 2, _graph.View.PropertyReads);
    }

    [Theory]
    [InlineData("MATCH (a:L)-[:NEXT]->(b) WHERE a.i % 10 = 0 AND b.i % 3 = 1 RETURN a.i ORDER BY a.i", new long[] { 0, 30, 60, 90 })]
    [InlineData("MATCH (a:L)-[:NEXT]->(b) WHERE a.i < 3 OR b.i > 97 RETURN a.i ORDER BY a.i", new long[] { 0, 1, 2, 97, 98 })]
    [InlineData("MATCH (a:L) WHERE a.i > 97 AND exists { (a)-[:NEXT]->() } RETURN a.i", new long[] { 98 })]
    public void Answers_are_those_of_the_whole_where(string statement, long[] expected) =>
        Assert.Equal(expected.Cast<object?>(), Column(statement));
}
