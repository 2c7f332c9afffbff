using Graph.Cypher.Syntax.Ast;
using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down operator precedence and associativity as in Neo4j 5's grammar (Cypher5Parser expression rules).
public sealed class PrecedenceTests
{
    [Fact]
    public void MultiplicationBindsTighterThanAddition()
    {
        var add = Binary(Expr("1 + 2 * 3"), BinaryOperator.Add);
        Binary(add.Right, BinaryOperator.Multiply);
    }

    [Fact]
    public void AdditionIsLeftAssociative()
    {
        var sub = Binary(Expr("10 - 4 - 3"), BinaryOperator.Subtract);
        Binary(sub.Left, BinaryOperator.Subtract);
        Assert.Equal(3L, Value(sub.Right));
    }

    [Fact]
    public void PowerIsLeftAssociativeInCypher5()
    {
        // Neo4j 5: 2 ^ 3 ^ 2 = (2 ^ 3) ^ 2 = 64.0
        var power = Binary(Expr("2 ^ 3 ^ 2"), BinaryOperator.Power);
        Binary(power.Left, BinaryOperator.Power);
        Assert.Equal(2L, Value(power.Right));
    }

    [Fact]
    public void PowerBindsTighterThanMultiplication()
    {
        var multiply = Binary(Expr("2 * 3 ^ 2"), BinaryOperator.Multiply);
        Binary(multiply.Right, BinaryOperator.Power);
    }

    [Fact]
    public void UnaryMinusBindsTighterThanPower()
    {
        // -2 ^ 2 is (-2) ^ 2 = 4.0 in Neo4j.
        var power = Binary(Expr("-2 ^ 2"), BinaryOperator.Power);
        Assert.Equal(-2L, Value(power.Left));
        var negatedVariable = Binary(Expr("-x ^ 2"), BinaryOperator.Power);
        Assert.Equal(UnaryOperator.Negate, Assert.IsType<UnaryExpression>(negatedVariable.Left).Operator);
    }

    [Fact]
    public void UnaryMinusAppliesToTheWholePostfixExpression()
    {
        var negate = Expr<UnaryExpression>("-n.x");
        Assert.IsType<PropertyAccess>(negate.Operand);
        // A minus directly before a number is part of the literal (Neo4j's numberLiteral: MINUS? number).
        var index = Expr<IndexAccess>("-1[0]");
        Assert.Equal(-1L, Value(index.Subject));
    }

    [Theory]
    [InlineData("- -1", UnaryOperator.Negate)]
    [InlineData("--1", UnaryOperator.Negate)]
    [InlineData("+-1", UnaryOperator.Plus)]
    public void SignBeforeANegativeLiteral(string text, UnaryOperator op)
    {
        var unary = Expr<UnaryExpression>(text);
        Assert.Equal(op, unary.Operator);
        Assert.Equal(-1L, Value(unary.Operand));
    }

    [Fact]
    public void SignBeforeASignedNonLiteralIsAnError()
    {
        // Neo4j 5: RETURN -+1 fails with "Invalid input '+': expected an expression".
        Assert.StartsWith("Invalid input '+'", Fails("RETURN -+1").Message);
    }

    [Fact]
    public void AndBindsTighterThanXorThanOr()
    {
        var or = Binary(Expr("a OR b XOR c AND d"), BinaryOperator.Or);
        var xor = Binary(or.Right, BinaryOperator.Xor);
        Binary(xor.Right, BinaryOperator.And);
    }

    [Fact]
    public void NotBindsLooserThanComparison()
    {
        var not = Expr<UnaryExpression>("NOT a = b");
        Assert.Equal(UnaryOperator.Not, not.Operator);
        Binary(not.Operand, BinaryOperator.Equal);
        var and = Binary(Expr("NOT a AND b"), BinaryOperator.And);
        Assert.IsType<UnaryExpression>(and.Left);
    }

    [Fact]
    public void RepeatedNotNests()
    {
        var outer = Expr<UnaryExpression>("NOT NOT true");
        Assert.IsType<UnaryExpression>(outer.Operand);
    }

    [Fact]
    public void ComparisonChainsBecomeAnds()
    {
        var and = Binary(Expr("a < b <= c"), BinaryOperator.And);
        var first = Binary(and.Left, BinaryOperator.LessThan);
        var second = Binary(and.Right, BinaryOperator.LessThanOrEqual);
        Assert.Equal("a", VarName(first.Left));
        Assert.Equal("b", VarName(first.Right));
        Assert.Equal("b", VarName(second.Left));
        Assert.Equal("c", VarName(second.Right));
    }

    [Fact]
    public void LongerChainsAreLeftNestedAnds()
    {
        var and = Binary(Expr("1 < 2 < 3 < 4"), BinaryOperator.And);
        Binary(and.Left, BinaryOperator.And);
        Binary(and.Right, BinaryOperator.LessThan);
    }

    [Fact]
    public void ArithmeticBindsTighterThanComparisonAndStringPredicates()
    {
        var greater = Binary(Expr("a + 1 > b * 2"), BinaryOperator.GreaterThan);
        Binary(greater.Left, BinaryOperator.Add);
        Binary(greater.Right, BinaryOperator.Multiply);
        var startsWith = Binary(Expr("a + 'x' STARTS WITH 'b'"), BinaryOperator.StartsWith);
        Binary(startsWith.Left, BinaryOperator.Add);
        var inList = Binary(Expr("1 + 1 IN [2]"), BinaryOperator.In);
        Binary(inList.Left, BinaryOperator.Add);
    }

    [Fact]
    public void StringPredicatesBindTighterThanEquality()
    {
        var equal = Binary(Expr("a IN b = true"), BinaryOperator.Equal);
        Binary(equal.Left, BinaryOperator.In);
        var isNull = Binary(Expr("x = y IS NULL"), BinaryOperator.Equal);
        Assert.IsType<IsNullExpression>(isNull.Right);
    }

    [Fact]
    public void LabelPredicateIsPostfix()
    {
        var and = Binary(Expr("n:A AND m:B"), BinaryOperator.And);
        Assert.IsType<LabelCheck>(and.Left);
        Assert.IsType<LabelCheck>(and.Right);
        var not = Expr<UnaryExpression>("NOT n:A");
        Assert.IsType<LabelCheck>(not.Operand);
    }

    [Fact]
    public void ModuloAndDivisionShareMultiplicationLevel()
    {
        var modulo = Binary(Expr("a / b % c"), BinaryOperator.Modulo);
        Binary(modulo.Left, BinaryOperator.Divide);
    }

    [Fact]
    public void DoubleBarConcatenatesAtAdditionLevel()
    {
        var concat = Binary(Expr("'a' || 'b' + 'c'"), BinaryOperator.Add);
        Binary(concat.Left, BinaryOperator.Add);
    }

    [Fact]
    public void ParenthesesOverridePrecedence()
    {
        var multiply = Binary(Expr("(1 + 2) * 3"), BinaryOperator.Multiply);
        Binary(multiply.Left, BinaryOperator.Add);
    }
}
