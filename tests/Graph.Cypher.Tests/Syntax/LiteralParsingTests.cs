using static Graph.Cypher.Tests.Syntax.ParseHelpers;

namespace Graph.Cypher.Tests.Syntax;

// Locks down literal values: integers (edge values, hex, octal), floats, strings with escapes, booleans and null.
public sealed class LiteralParsingTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0x1F", 31L)]
    [InlineData("0xff", 255L)]
    [InlineData("-0x1F", -31L)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0o17", 15L)]
    [InlineData("-0o17", -15L)]
    [InlineData("1_000_000", 1000000L)]
    public void Integers(string text, long expected)
    {
        Assert.Equal(expected, Value(Expr(text)));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0x8000000000000000")]
    [InlineData("99999999999999999999999")]
    public void TooLargeIntegersAreSyntaxErrors(string text)
    {
        var error = Fails("RETURN " + text);
        Assert.StartsWith("integer is too large", error.Message);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.5E-3", 0.0015)]
    [InlineData("-2.5", -2.5)]
    [InlineData("3E+2", 300.0)]
    public void Floats(string text, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(Value(Expr(text))));
    }

    [Fact]
    public void LegacyOctalIsRejectedWithNeo4jsHint()
    {
        Assert.StartsWith("The octal integer literal syntax `010` is no longer supported, please use `0o10` instead", Fails("RETURN 010").Message);
    }

    [Fact]
    public void UnderscoreMayFollowTheRadixPrefix()
    {
        Assert.Equal(1L, Value(Expr("0x_1")));
    }

    [Theory]
    [InlineData("0x")]
    [InlineData("0xZZ")]
    [InlineData("0o8")]
    [InlineData("12abc")]
    [InlineData("1__0")]
    [InlineData("1_")]
    [InlineData("09")]
    public void MalformedNumbersUseNeo4jsMessage(string text)
    {
        var error = Fails("RETURN " + text);
        Assert.StartsWith("invalid literal number", error.Message);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void TooLargeFloatIsASyntaxError()
    {
        Fails("RETURN 1e999");
    }

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData(@"'a\tb'", "a\tb")]
    [InlineData(@"'a\bb'", "a\bb")]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'a\rb'", "a\rb")]
    [InlineData(@"'a\fb'", "a\fb")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'\u00e9t\u00E9'", "été")]
    [InlineData("'she said \"x\"'", "she said \"x\"")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("''", "")]
    public void Strings(string text, string expected)
    {
        Assert.Equal(expected, Value(Expr(text)));
    }

    [Fact]
    public void MalformedUnicodeEscapeIsKeptAsWritten()
    {
        // Neo4j's lexer accepts it; the text stays as typed.
        Assert.Equal(@"\u12", Value(Expr(@"'\u12'")));
    }

    [Fact]
    public void BooleansAndNullAreCaseInsensitive()
    {
        Assert.True(Assert.IsType<bool>(Value(Expr("TRUE"))));
        Assert.False(Assert.IsType<bool>(Value(Expr("false"))));
        Assert.Null(Value(Expr("Null")));
    }

    [Fact]
    public void UnicodeWhitespaceSeparatesTokens()
    {
        Assert.Equal(1L, Value(Expr("\u00A01\u2003")));
    }
}
