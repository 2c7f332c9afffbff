using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Syntax.Parsing;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down the nesting guard: deep input fails with a clear SyntaxError instead of overflowing the stack.
public sealed class DepthGuardTests
{
    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("[x IN ", " | x]")]
    [InlineData("CASE WHEN true THEN ", " END")]
    [InlineData("size(", ")")]
    public void VeryDeepNestingIsASyntaxError(string open, string close)
    {
        var text = "RETURN " + string.Concat(Enumerable.Repeat(open, 5000)) + "1" + string.Concat(Enumerable.Repeat(close, 5000));
        var error = Fails(text);
        Assert.Contains("nested too deeply", error.Message);
    }

    [Fact]
    public void DeepSubqueriesAreGuarded()
    {
        var text = string.Concat(Enumerable.Repeat("CALL { ", 3000)) + "RETURN 1 AS x" + string.Concat(Enumerable.Repeat(" }", 3000)) + " RETURN 1";
        Assert.Contains("nested too deeply", Fails(text).Message);
    }

    [Fact]
    public void DeepLabelExpressionsAreGuarded()
    {
        var text = "MATCH (n:" + new string('(', 5000) + "A" + new string(')', 5000) + ") RETURN n";
        Assert.Contains("nested too deeply", Fails(text).Message);
    }

    [Fact]
    public void NestingJustBelowTheLimitFitsOnASmallThreadStack()
    {
        // Mixed brackets, each a level: [ ( { a: … } ) ]. Thread-pool threads get 1.5 MiB on Linux; 1 MiB must suffice.
        var levels = (Parser.MaxDepth - 10) / 3;
        var text = "RETURN " + string.Concat(Enumerable.Repeat("[({a: ", levels)) + "1" + string.Concat(Enumerable.Repeat("})]", levels)) + " AS x";
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    CypherParser.Parse(text);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void ModerateNestingStillParses()
    {
        var text = "RETURN " + new string('(', 60) + "1" + new string(')', 60) + " AS x";
        Assert.Equal(1L, Value(Assert.Single(Clause<ReturnClause>(text).Projection.Items).Expression));
    }

    [Fact]
    public void LongFlatChainsDoNotCountAsNesting()
    {
        var sum = "RETURN " + string.Join(" + ", Enumerable.Range(0, 20000)) + " AS s";
        Assert.IsType<SingleQuery>(CypherParser.Parse(sum));
        var nots = "RETURN " + string.Concat(Enumerable.Repeat("NOT ", 20000)) + "true AS b";
        Assert.IsType<SingleQuery>(CypherParser.Parse(nots));
        var properties = "RETURN n" + string.Concat(Enumerable.Repeat(".a", 20000)) + " AS p";
        Assert.IsType<SingleQuery>(CypherParser.Parse(properties));
    }
}
