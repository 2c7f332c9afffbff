using Graph.Core.Errors;
using Graph.Core.Scripts;

namespace Graph.Core.Tests.Scripts;

// Locks down how a Cypher script is split into statements: semicolons in strings, names and comments do not split.
public sealed class CypherScriptTests
{
    [Fact]
    public void SplitsOnSemicolonsAndReportsStartingLines()
    {
        var statements = CypherScript.Split("CREATE (a);\n\nMATCH (n)\nRETURN n;\n  RETURN 1");
        Assert.Equal(["CREATE (a)", "MATCH (n)\nRETURN n", "RETURN 1"], statements.Select(s => s.Text));
        Assert.Equal([1, 3, 5], statements.Select(s => s.Line));
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x", "RETURN 'a;b' AS x")]
    [InlineData("RETURN \"a;b\" AS x", "RETURN \"a;b\" AS x")]
    [InlineData("RETURN 'it\\'s;' AS x", "RETURN 'it\\'s;' AS x")]
    [InlineData("RETURN 1 AS `a;b`", "RETURN 1 AS `a;b`")]
    [InlineData("RETURN 1 AS `a``;b`", "RETURN 1 AS `a``;b`")]
    [InlineData("RETURN 1 // not here; nor here\n+ 1", "RETURN 1 // not here; nor here\n+ 1")]
    [InlineData("RETURN 1 /* ; */ + 1", "RETURN 1 /* ; */ + 1")]
    public void SemicolonsInsideLiteralsNamesAndCommentsDoNotSplit(string script, string expected)
    {
        var statement = Assert.Single(CypherScript.Split(script + ";"));
        Assert.Equal(expected, statement.Text);
    }

    [Fact]
    public void LeadingCommentsAndEmptyStatementsAreDropped()
    {
        var statements = CypherScript.Split("// header; with a semicolon\n/* block\n; */\n;;\nRETURN 1;\n// trailing\n");
        var only = Assert.Single(statements);
        Assert.Equal("RETURN 1", only.Text);
        Assert.Equal(5, only.Line);
    }

    [Fact]
    public void MultiLineStringsCountTheirLines()
    {
        var statements = CypherScript.Split("RETURN 'a\nb';\nRETURN 2;");
        Assert.Equal([1, 3], statements.Select(s => s.Line));
    }

    [Theory]
    [InlineData("RETURN 'open", 1, 8)]
    [InlineData("RETURN 1;\nRETURN `open", 2, 8)]
    [InlineData("RETURN 1 /* open", 1, 10)]
    public void UnterminatedTokensAreSyntaxErrorsWithAPosition(string script, int line, int column)
    {
        var error = Assert.Throws<GraphException>(() => CypherScript.Split(script));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void EmptyScriptHasNoStatements() => Assert.Empty(CypherScript.Split("  \n// only a comment\n"));
}
