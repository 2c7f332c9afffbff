using Graph.Core.Errors;
using Graph.Cypher.Values;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Values;

// Locks down the arithmetic operators: integer/float rules, overflow and division by zero, concatenation, null.
public class CypherOperatorsTests
{
    [Fact]
    public void Integer_arithmetic_stays_integer()
    {
        Assert.Equal(5L, CypherOperators.Add(2L, 3L));
        Assert.Equal(-1L, CypherOperators.Subtract(2L, 3L));
        Assert.Equal(6L, CypherOperators.Multiply(2L, 3L));
        Assert.Equal(3L, CypherOperators.Divide(7L, 2L));
        Assert.Equal(-3L, CypherOperators.Divide(-7L, 2L));
        Assert.Equal(1L, CypherOperators.Modulo(7L, 3L));
        Assert.Equal(-1L, CypherOperators.Modulo(-7L, 3L));
    }

    [Fact]
    public void Manual_examples()
    {
        Assert.Equal(15L, CypherOperators.Add(10L, 5L));
        Assert.Equal(-5L, CypherOperators.Negate(5L));
        Assert.Equal(50L, CypherOperators.Multiply(10L, 5L));
        Assert.Equal(2L, CypherOperators.Divide(10L, 5L));
        Assert.Equal(1L, CypherOperators.Modulo(10L, 3L));
        Assert.Equal(100000.0, CypherOperators.Power(10L, 5L));
        Assert.Equal(8.5, CypherOperators.Multiply(10L, CypherOperators.Subtract(1L, 0.15)));
        Assert.Equal("Neo4j", CypherOperators.Concatenate("Neo", "4j"));
        Assert.Null(CypherOperators.Concatenate("Neo", null));
        Assert.Equal(L(1L, 2L), CypherOperators.Concatenate(L(1L), L(2L)));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Concatenate("a", 1L)).Code);
    }

    [Fact]
    public void A_float_operand_makes_a_float()
    {
        Assert.Equal(5.5, CypherOperators.Add(2L, 3.5));
        Assert.Equal(3.5, CypherOperators.Divide(7.0, 2L));
        Assert.Equal(1.5, CypherOperators.Modulo(7.5, 2L));
    }

    [Fact]
    public void Power_is_always_a_float()
    {
        Assert.Equal(8.0, CypherOperators.Power(2L, 3L));
        Assert.IsType<double>(CypherOperators.Power(2L, 3L));
        // Java's Math.pow: a NaN exponent gives NaN even for base 1.
        Assert.True(double.IsNaN((double)CypherOperators.Power(1L, double.NaN)!));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("subtract")]
    [InlineData("multiply")]
    [InlineData("negate")]
    public void Integer_overflow_is_an_arithmetic_error(string op)
    {
        var e = Assert.Throws<GraphException>(() => op switch
        {
            "add" => CypherOperators.Add(long.MaxValue, 1L),
            "subtract" => CypherOperators.Subtract(long.MinValue, 1L),
            "multiply" => CypherOperators.Multiply(long.MaxValue / 2 + 1, 2L),
            _ => CypherOperators.Negate(long.MinValue),
        });
        Assert.Equal(ErrorCodes.ArithmeticError, e.Code);
        Assert.Equal("long overflow", e.Message);
    }

    [Fact]
    public void Large_products_that_fit_are_not_overflow()
    {
        Assert.Equal(long.MinValue, CypherOperators.Multiply(long.MinValue / 2, 2L));
        Assert.Equal(-9L, CypherOperators.Multiply(-3L, 3L));
    }

    [Fact]
    public void Integer_division_and_modulo_by_zero_are_arithmetic_errors()
    {
        var div = Assert.Throws<GraphException>(() => CypherOperators.Divide(1L, 0L));
        Assert.Equal(ErrorCodes.ArithmeticError, div.Code);
        Assert.Equal("/ by zero", div.Message);
        var mod = Assert.Throws<GraphException>(() => CypherOperators.Modulo(1L, 0L));
        Assert.Equal("/ by zero", mod.Message);
    }

    [Fact]
    public void Float_division_by_zero_gives_infinity_or_NaN()
    {
        Assert.Equal(double.PositiveInfinity, CypherOperators.Divide(1.0, 0L));
        Assert.Equal(double.NegativeInfinity, CypherOperators.Divide(-1L, 0.0));
        Assert.True(double.IsNaN((double)CypherOperators.Divide(0L, 0.0)!));
        Assert.True(double.IsNaN((double)CypherOperators.Modulo(1.0, 0L)!));
    }

    [Fact]
    public void Min_value_modulo_minus_one_is_zero_as_in_java()
    {
        Assert.Equal(0L, CypherOperators.Modulo(long.MinValue, -1L));
    }

    [Fact]
    public void Null_operands_give_null()
    {
        Assert.Null(CypherOperators.Add(null, 1L));
        Assert.Null(CypherOperators.Multiply(2L, null));
        Assert.Null(CypherOperators.Add(L(1L), null));
        Assert.Null(CypherOperators.Negate(null));
        Assert.Null(CypherOperators.Power(null, null));
    }

    [Fact]
    public void Plus_concatenates_strings_and_numbers_in_java_text()
    {
        Assert.Equal("neo4j", CypherOperators.Add("neo", "4j"));
        Assert.Equal("a1", CypherOperators.Add("a", 1L));
        Assert.Equal("1.0a", CypherOperators.Add(1.0, "a"));
        Assert.Equal("x1.0E20", CypherOperators.Add("x", 1e20));
        Assert.Equal("on 2023-04-12", CypherOperators.Add("on ", new Graph.Core.Values.CypherDate(new DateOnly(2023, 4, 12))));
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Add("a", CypherEqualityTests.Map())).Code);
    }

    [Fact]
    public void Plus_on_lists_concatenates_appends_and_prepends()
    {
        Assert.Equal(L(1L, 2L, 3L, 4L), CypherOperators.Add(L(1L, 2L), L(3L, 4L)));
        Assert.Equal(L(1L, 2L, 3L), CypherOperators.Add(L(1L, 2L), 3L));
        Assert.Equal(L(0L, 1L), CypherOperators.Add(0L, L(1L)));
        Assert.Equal(L("a", 1L), CypherOperators.Add("a", L(1L)));
        Assert.Equal(L(L(1L)), CypherOperators.Add(L(), L(L(1L))));
    }

    [Fact]
    public void Wrong_operand_types_are_type_errors()
    {
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Add(true, 1L)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Subtract("a", 1L)).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Multiply("a", "b")).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => CypherOperators.Negate("a")).Code);
        var e = Assert.Throws<GraphException>(() => CypherOperators.Add(true, 1L));
        Assert.Contains("Boolean", e.Message);
    }

    [Fact]
    public void String_predicates_are_ordinal_and_null_for_non_strings()
    {
        Assert.True(CypherOperators.StartsWith("Astana", "Ast"));
        Assert.False(CypherOperators.StartsWith("Astana", "ast"));
        Assert.True(CypherOperators.EndsWith("Astana", "ana"));
        Assert.True(CypherOperators.Contains("Astana", "tan"));
        Assert.True(CypherOperators.StartsWith("x", ""));
        Assert.Null(CypherOperators.Contains(null, "a"));
        Assert.Null(CypherOperators.Contains("a", 1L));
    }

    [Fact]
    public void Regex_must_match_the_whole_string()
    {
        Assert.True(CypherOperators.RegexMatch("Tim", "Tim|Tom"));
        Assert.False(CypherOperators.RegexMatch("Timothy", "Tim"));
        Assert.True(CypherOperators.RegexMatch("Timothy", "Tim.*"));
        Assert.True(CypherOperators.RegexMatch("ANDR", "(?i)andr"));
        Assert.True(CypherOperators.RegexMatch("a.b", @"\Qa.b\E"));
        Assert.False(CypherOperators.RegexMatch("axb", @"\Qa.b\E"));
        Assert.True(CypherOperators.RegexMatch("abc", @"\p{Alpha}+"));
        Assert.True(CypherOperators.RegexMatch("ab_c", @"[\p{Alpha}_]+"));
        Assert.False(CypherOperators.RegexMatch("ab-c", @"[\p{Alpha}_]+"));
        Assert.True(CypherOperators.RegexMatch("ASTANA", "(?iu)astana"));
        Assert.True(CypherOperators.RegexMatch("a b", @"a\hb"));
        Assert.True(CypherOperators.RegexMatch("]", "[]a]"));
        Assert.True(CypherOperators.RegexMatch("x", "(?<name>x)"));
        Assert.Null(CypherOperators.RegexMatch(null, "a"));
    }

    [Fact]
    public void Invalid_regex_is_an_argument_error_and_hostile_regex_ends()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => CypherOperators.RegexMatch("a", "[")).Code);
        // Catastrophic for a backtracking engine; must answer (false) promptly.
        var hostile = new string('a', 5000) + "!";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(CypherOperators.RegexMatch(hostile, "(a|aa)*(a|aa)*(a|aa)*b"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        // Backreferences still work (they need the backtracking engine).
        Assert.True(CypherOperators.RegexMatch("abab", @"(ab)\1"));
    }

    [Fact]
    public void In_is_three_valued()
    {
        Assert.True(CypherOperators.In(2L, L(1L, 2L, 3L)));
        Assert.True(CypherOperators.In(2L, L(1.0, 2.0)));
        Assert.False(CypherOperators.In(4L, L(1L, 2L)));
        Assert.Null(CypherOperators.In(2L, L(1L, null)));
        Assert.True(CypherOperators.In(1L, L(1L, null)));
        Assert.Null(CypherOperators.In(null, L(1L)));
        Assert.False(CypherOperators.In(null, L()));
        Assert.Null(CypherOperators.In(1L, null));
        Assert.True(CypherOperators.In(L(1L, 2L), L(L(1L, 2L), 3L)));
    }
}
