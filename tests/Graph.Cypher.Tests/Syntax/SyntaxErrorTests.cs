using Graph.Core.Errors;
using Graph.Cypher.Syntax;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down syntax errors: Neo4j-style "Invalid input" messages pointing at the offending token by line and column.
public sealed class SyntaxErrorTests
{
    [Fact]
    public void UnclosedNodePattern()
    {
        var error = Fails("MATCH (n RETURN n");
        Assert.StartsWith("Invalid input 'RETURN': expected", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(10, error.Column);
        Assert.Contains("(line 1, column 10 (offset: 9))", error.Message);
    }

    [Fact]
    public void MissingOperandAtEnd()
    {
        var error = Fails("RETURN 1 +");
        Assert.StartsWith("Invalid input '': expected an expression", error.Message);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void UnknownCharacter()
    {
        var error = Fails("RETURN 1 # 2");
        Assert.StartsWith("Invalid input '#'", error.Message);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void UnknownLeadingKeyword()
    {
        var error = Fails("FOO (n) RETURN n");
        Assert.StartsWith("Invalid input 'FOO': expected", error.Message);
        Assert.Contains("'MATCH'", error.Message);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void UnterminatedStringPointsAtItsQuote()
    {
        var error = Fails("MATCH (n)\nRETURN 'abc");
        Assert.Contains("string literal", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void UnterminatedComment()
    {
        var error = Fails("RETURN 1 /* never closed");
        Assert.Contains("comment", error.Message);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void UnterminatedBacktick()
    {
        Fails("MATCH (`n) RETURN 1");
    }

    [Fact]
    public void ErrorsOnLaterLinesReportTheirLine()
    {
        // Keywords are not reserved: RETURN reads as a variable, so the stray token is the n after it.
        var error = Fails("MATCH (n)\nWHERE n.x = \nRETURN n");
        Assert.Equal(3, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void BangEqualExplainsTheRightOperator()
    {
        var error = Fails("MATCH (n) WHERE n.x != 1 RETURN n");
        Assert.Contains("'<>'", error.Message);
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public void TrailingGarbageAfterQuery()
    {
        var error = Fails("RETURN 1 2");
        Assert.StartsWith("Invalid input '2'", error.Message);
    }

    [Fact]
    public void MessageShowsTheLineAndACaret()
    {
        var error = Fails("RETURN 1 +");
        Assert.EndsWith("\"RETURN 1 +\"\n           ^", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    [InlineData("MATCH")]
    [InlineData("MATCH (n)-[r->(m) RETURN n")]
    [InlineData("RETURN [1, 2")]
    [InlineData("RETURN {a 1}")]
    [InlineData("RETURN CASE WHEN true THEN 1")]
    [InlineData("RETURN count(")]
    [InlineData("WITH 1 AS x RETURN x UNION")]
    [InlineData("UNWIND [1] x RETURN x")]
    [InlineData("MATCH (n) SET n RETURN n")]
    [InlineData("CALL { RETURN 1 AS x RETURN x")]
    [InlineData("RETURN 1 IN [1] IN [true]")]
    [InlineData("CREATE INDEX FOR (n:A) ON n.x")]
    [InlineData("RETURN 0x")]
    [InlineData("RETURN 0xZZ")]
    [InlineData("RETURN 12abc")]
    [InlineData("RETURN $")]
    [InlineData("MATCH (n)-[*1.5]->(m) RETURN n")]
    public void TypicalMistakesAreSyntaxErrors(string text)
    {
        var error = Fails(text);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.True(error.Line >= 1 && error.Column >= 1);
    }

    [Fact]
    public void NullInputIsRejectedAsArgument()
    {
        Assert.Throws<ArgumentNullException>(() => CypherParser.Parse(null!));
    }

    [Fact]
    public void ErrorCodeIsNeo4jSyntaxError()
    {
        var error = Fails("RETURN )");
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("SyntaxError", error.Type);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
    }
}
