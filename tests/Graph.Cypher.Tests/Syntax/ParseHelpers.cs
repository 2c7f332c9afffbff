using Graph.Core.Errors;
using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Tests.Syntax;

/// <summary>Shortcuts that parse a statement and dig out the piece a test looks at.</summary>
internal static class ParseHelpers
{
    public static SingleQuery Single(string text) => Assert.IsType<SingleQuery>(CypherParser.Parse(text));

    public static T Clause<T>(string text, int index = 0)
        where T : Clause => Assert.IsType<T>(Single(text).Clauses[index]);

    /// <summary>The expression of RETURN &lt;text&gt;.</summary>
    public static Expression Expr(string text) =>
        Assert.Single(Clause<ReturnClause>("RETURN " + text).Projection.Items).Expression;

    public static T Expr<T>(string text)
        where T : Expression => Assert.IsType<T>(Expr(text));

    public static PatternPart Part(string pattern) =>
        Assert.Single(Clause<MatchClause>("MATCH " + pattern + " RETURN 1").Pattern.Parts);

    public static GraphException Fails(string text)
    {
        var error = Assert.Throws<GraphException>(() => CypherParser.Parse(text));
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorPhase.Compile, error.Phase);
        return error;
    }

    public static object? Value(Expression expression) => Assert.IsType<Literal>(expression).Value;

    public static string VarName(Expression expression) => Assert.IsType<Variable>(expression).Name;

    public static BinaryExpression Binary(Expression expression, BinaryOperator op)
    {
        var binary = Assert.IsType<BinaryExpression>(expression);
        Assert.Equal(op, binary.Operator);
        return binary;
    }
}
