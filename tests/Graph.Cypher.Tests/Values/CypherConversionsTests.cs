using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Values;

// Locks down the conversion functions and Neo4j's (Java's) text of floats, from the manual's "Type conversion functions".
public class CypherConversionsTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(11.5, "11.5")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(1.5e-5, "1.5E-5")]
    [InlineData(0.001, "0.001")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(100.0, "100.0")]
    public void Floats_print_like_java(double value, string expected)
    {
        Assert.Equal(expected, JavaDoubleText.Format(value));
    }

    [Fact]
    public void ToString_of_scalars_and_temporals_follows_the_manual()
    {
        Assert.Equal("11.5", Fn("toString", 11.5));
        Assert.Equal("already a string", Fn("toString", "already a string"));
        Assert.Equal("true", Fn("toString", true));
        Assert.Equal("42", Fn("toString", 42L));
        Assert.Equal("1984-10-11", Fn("toString", new CypherDate(new DateOnly(1984, 10, 11))));
        // duration({minutes: 12, seconds: -60}) prints PT11M.
        Assert.Equal("PT11M", Fn("toString", new CypherDuration(0, 0, 660, 0)));
        Assert.Null(Fn("toString", null));
    }

    [Fact]
    public void ToString_of_a_list_is_a_type_error_and_toStringOrNull_gives_null()
    {
        var e = Assert.Throws<GraphException>(() => Fn("toString", L("A", "B")));
        Assert.Equal(ErrorCodes.TypeError, e.Code);
        Assert.Null(Fn("toStringOrNull", L("A", "B", "C")));
        Assert.Equal("11.5", Fn("toStringOrNull", 11.5));
    }

    [Fact]
    public void ToInteger_follows_the_manual()
    {
        Assert.Equal(42L, Fn("toInteger", "42"));
        Assert.Null(Fn("toInteger", "not a number"));
        Assert.Equal(1L, Fn("toInteger", true));
        Assert.Equal(0L, Fn("toInteger", false));
        Assert.Equal(1L, Fn("toInteger", 1.5));
        Assert.Equal(1L, Fn("toInteger", "1.5"));
        Assert.Null(Fn("toInteger", ""));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("toInteger", L(1L))).Code);
        Assert.Null(Fn("toIntegerOrNull", L(1L)));
        Assert.Null(Fn("toIntegerOrNull", "hello"));
    }

    [Fact]
    public void ToFloat_follows_the_manual()
    {
        Assert.Equal(11.5, Fn("toFloat", "11.5"));
        Assert.Null(Fn("toFloat", "not a number"));
        Assert.Equal(1.0, Fn("toFloat", 1L));
        var e = Assert.Throws<GraphException>(() => Fn("toFloat", new CypherDate(new DateOnly(2023, 5, 2))));
        Assert.Equal("Type mismatch: expected Float, Integer, Number or String but was Date", e.Message);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("toFloat", true)).Code);
        Assert.Null(Fn("toFloatOrNull", true));
    }

    [Fact]
    public void ToBoolean_follows_the_manual()
    {
        Assert.Equal(true, Fn("toBoolean", "true"));
        Assert.Equal(false, Fn("toBoolean", "FALSE"));
        Assert.Null(Fn("toBoolean", "not a boolean"));
        Assert.Equal(false, Fn("toBoolean", 0L));
        Assert.Equal(true, Fn("toBoolean", 2L));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("toBoolean", 1.5)).Code);
        Assert.Null(Fn("toBooleanOrNull", 1.5));
    }

    [Fact]
    public void List_conversions_follow_the_manual_examples()
    {
        Assert.Equal(L(null, true, false, null, null), Fn("toBooleanList", L("a string", true, "false", null, L("A", "B"))));
        Assert.Equal(L(null, 2.5, 3.14159, null, null), Fn("toFloatList", L("a string", 2.5, "3.14159", null, L("A", "B"))));
        Assert.Equal(L(null, 2L, 5L, null, null), Fn("toIntegerList", L("a string", 2L, "5", null, L("A", "B"))));
        Assert.Equal(
            L("already a string", "2", "1955-11-05", null, null),
            Fn("toStringList", L("already a string", 2L, new CypherDate(new DateOnly(1955, 11, 5)), null, L("A", "B"))));
        Assert.Equal(L(null, null), Fn("toBooleanList", L(null, null)));
        Assert.Null(Fn("toStringList", null));
    }

    [Fact]
    public void List_conversions_convert_each_element_or_null_it()
    {
        Assert.Equal(L(1L, 2L, null), Fn("toIntegerList", L("1", 2.5, "x")));
        Assert.Equal(L(1.5, null, 2.0), Fn("toFloatList", L("1.5", L(1L), 2L)));
        Assert.Equal(L(true, false, null), Fn("toBooleanList", L("true", false, "x")));
        Assert.Equal(L("1", "1.0", null), Fn("toStringList", L(1L, 1.0, L())));
        Assert.Null(Fn("toIntegerList", null));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("toIntegerList", "1")).Code);
    }

    [Fact]
    public void ValueType_names_cypher_types()
    {
        Assert.Equal("INTEGER NOT NULL", Fn("valueType", 1L));
        Assert.Equal("FLOAT NOT NULL", Fn("valueType", 1.0));
        Assert.Equal("STRING NOT NULL", Fn("valueType", "a"));
        Assert.Equal("NULL", Fn("valueType", null));
        Assert.Equal("LIST<INTEGER NOT NULL> NOT NULL", Fn("valueType", L(1L, 2L)));
        Assert.Equal("LIST<INTEGER> NOT NULL", Fn("valueType", L(1L, null)));
        Assert.Equal("LIST<NOTHING> NOT NULL", Fn("valueType", L()));
        // Manual: valueType([date()]) is LIST<DATE NOT NULL> NOT NULL.
        Assert.Equal("LIST<DATE NOT NULL> NOT NULL", Fn("valueType", L(new CypherDate(new DateOnly(2023, 4, 12)))));
        // A mixed list is a closed union, members in the order of the manual's type list (BOOLEAN, STRING, INTEGER, …).
        Assert.Equal("LIST<STRING NOT NULL | INTEGER NOT NULL> NOT NULL", Fn("valueType", L(1L, "a")));
        Assert.Equal("BOOLEAN NOT NULL", Fn("valueType", true));
    }
}
