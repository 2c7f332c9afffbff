using Graph.Core.Errors;
using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Tests.Execution;

namespace Graph.Cypher.Tests.Syntax;

// The CYPHER prefix as Neo4j 5 takes it (Cypher manual, "Query options"): a version, option=value pairs, and
// EXPLAIN/PROFILE before or after it; the options reach the statement's tree, bad names and values are refused.
public sealed class QueryOptionsParsingTests
{
    [Fact]
    public void A_version_alone_is_kept()
    {
        var statement = Assert.IsType<SingleQuery>(CypherParser.Parse("CYPHER 5 MATCH (n) RETURN n"));
        Assert.Equal("5", statement.QueryOptions.Version);
        Assert.Empty(statement.QueryOptions.Values);
    }

    [Fact]
    public void Options_are_kept_by_lower_case_name()
    {
        var statement = CypherParser.Parse("CYPHER runtime=slotted planner=cost expressionEngine=INTERPRETED RETURN 1 AS x");
        Assert.Null(statement.QueryOptions.Version);
        Assert.Equal("slotted", statement.QueryOptions.Runtime);
        Assert.Equal("cost", statement.QueryOptions.Planner);
        Assert.Equal("interpreted", statement.QueryOptions.Values["expressionengine"]);
    }

    [Theory]
    [InlineData("CYPHER 5 runtime=interpreted EXPLAIN MATCH (n) RETURN n", false)]
    [InlineData("EXPLAIN CYPHER 5 runtime=interpreted MATCH (n) RETURN n", false)]
    [InlineData("PROFILE CYPHER 5 runtime=interpreted MATCH (n) RETURN n", true)]
    [InlineData("CYPHER 5 PROFILE CYPHER runtime=interpreted MATCH (n) RETURN n", true)]
    public void Explain_and_profile_go_before_or_after_the_prefix(string text, bool profile)
    {
        var explain = Assert.IsType<ExplainStatement>(CypherParser.Parse(text));
        Assert.Equal(profile, explain.Profile);
        Assert.Equal("5", explain.QueryOptions.Version);
        Assert.Equal("interpreted", explain.QueryOptions.Runtime);
        Assert.IsType<SingleQuery>(explain.Inner);
    }

    [Fact]
    public void A_statement_without_a_prefix_has_no_options() =>
        Assert.True(CypherParser.Parse("MATCH (n) RETURN n").QueryOptions.IsEmpty);

    [Theory]
    [InlineData("CYPHER foo=bar RETURN 1", "Unsupported options: foo")]
    [InlineData("CYPHER runtime=warp RETURN 1", "warp is not a valid option for runtime. Valid options are: default, interpreted, slotted, pipelined, parallel")]
    [InlineData("CYPHER runtime=slotted runtime=pipelined RETURN 1", "Can't specify multiple conflicting values for runtime")]
    [InlineData("EXPLAIN PROFILE RETURN 1", "Can't mix PROFILE and EXPLAIN")]
    public void Bad_options_are_argument_errors(string text, string message)
    {
        var error = Assert.Throws<GraphException>(() => CypherParser.Parse(text));
        Assert.Equal(ErrorCodes.ArgumentError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_unknown_version_is_a_syntax_error()
    {
        var error = ParseHelpers.Fails("CYPHER 4.4 RETURN 1");
        Assert.StartsWith("Invalid Cypher version '4.4'", error.Message);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void A_prefixed_statement_runs()
    {
        using var db = new Db();
        db.Run("CREATE (:A {v: 1}), (:A {v: 2})");
        Assert.Equal(2L, db.Scalar("CYPHER 5 MATCH (a:A) RETURN count(a) AS c"));
        Assert.Equal(3L, db.Scalar("CYPHER 5 runtime=slotted planner=cost MATCH (a:A) RETURN sum(a.v) AS s"));
        Assert.Equal("ProduceResults", db.Run("CYPHER 5 EXPLAIN MATCH (a:A) RETURN a").Records[0]["Operator"]);
        Assert.Equal("ProduceResults", db.Run("EXPLAIN CYPHER runtime=interpreted MATCH (a:A) RETURN a").Records[0]["Operator"]);
    }
}
