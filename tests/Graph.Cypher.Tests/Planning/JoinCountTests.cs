using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Planning;

// Locks down count(*) right above a value join, which counts the join's pairs without making their rows: the same
// answer as the interpreter (null keys join nothing, an empty side gives 0), the same plan shown, and PROFILE (which
// makes the rows to count them per operator) agreeing.
public sealed class JoinCountTests : IDisposable
{
    private readonly Db _planned = PlanningGraph.Create();

    public void Dispose() => _planned.Dispose();

    [Theory]
    [InlineData("MATCH (e:Event), (a:Agreement) WHERE e.date = a.date RETURN count(*)")]
    [InlineData("MATCH (e:Event), (a:Agreement) WHERE a.date = e.date RETURN count(*) AS pairs, count(*) AS again")]
    [InlineData("MATCH (a:Agreement), (b:Agreement) WHERE a.date = b.date RETURN count(*)")]
    [InlineData("MATCH (e:Event), (x:Nothing) WHERE e.date = x.date RETURN count(*)")]
    [InlineData("MATCH (e:Event), (a:Agreement) WHERE e.n = a.kind RETURN count(*)")]
    public void Counted_pairs_equal_the_interpreters_count_and_profiles_rows(string query)
    {
        var expected = _planned.Run("CYPHER runtime=interpreted " + query).Records.Single().Values;
        Assert.Equal(expected, _planned.Run(query).Records.Single().Values);
        Assert.Contains("ValueHashJoin", _planned.Run("EXPLAIN " + query).Records.Select(r => (string?)r["Operator"]));
        var profile = _planned.Run("PROFILE " + query).Records;
        var join = profile.Single(r => (string?)r["Operator"] == "ValueHashJoin");
        Assert.Equal(expected[0], join["Rows"]);
    }
}
