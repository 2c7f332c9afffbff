using Graph.Core.Errors;
using static Graph.Cypher.Tests.Functions.Call;

namespace Graph.Cypher.Tests.Functions;

// Locks down the numeric, logarithmic and trigonometric functions against the manual's examples.
public class MathFunctionsTests
{
    [Fact]
    public void Numeric_manual_examples()
    {
        Assert.Equal(3L, Fn("abs", -3L));
        Assert.Equal(2.5, Fn("abs", -2.5));
        Assert.Equal(1.0, Fn("ceil", 0.1));
        Assert.Equal(0.0, Fn("floor", 0.9));
        Assert.Equal(true, Fn("isNaN", 0 / 0.0));
        Assert.Equal(false, Fn("isNaN", 1L));
        Assert.Equal(-1L, Fn("sign", -17L));
        Assert.Equal(1L, Fn("sign", 0.1));
        Assert.Equal(0L, Fn("sign", 0L));
    }

    [Fact]
    public void Round_follows_the_manual()
    {
        Assert.Equal(3.0, Fn("round", 3.141592));
        Assert.Equal(-1.0, Fn("round", -1.5));
        Assert.Equal(3.142, Fn("round", 3.141592, 3L));
        Assert.Equal(-1.0, Fn("round", -1.5, 0L));
        Assert.Equal(-1.6, Fn("round", -1.55, 1L));
    }

    [Theory]
    // mode, positive(1.249), negative(-1.251), positiveTie(1.25), negativeTie(-1.35) from the manual
    [InlineData("UP", 1.3, -1.3, 1.3, -1.4)]
    [InlineData("DOWN", 1.2, -1.2, 1.2, -1.3)]
    [InlineData("CEILING", 1.3, -1.2, 1.3, -1.3)]
    [InlineData("FLOOR", 1.2, -1.3, 1.2, -1.4)]
    [InlineData("HALF_UP", 1.2, -1.3, 1.3, -1.4)]
    [InlineData("HALF_DOWN", 1.2, -1.3, 1.2, -1.3)]
    [InlineData("HALF_EVEN", 1.2, -1.3, 1.2, -1.4)]
    public void Round_with_precision_and_mode_follows_the_manual(string mode, double positive, double negative, double positiveTie, double negativeTie)
    {
        Assert.Equal(positive, Fn("round", 1.249, 1L, mode));
        Assert.Equal(negative, Fn("round", -1.251, 1L, mode));
        Assert.Equal(positiveTie, Fn("round", 1.25, 1L, mode));
        Assert.Equal(negativeTie, Fn("round", -1.35, 1L, mode));
    }

    [Fact]
    public void Round_rejects_unknown_modes_and_propagates_null()
    {
        Assert.Equal(ErrorCodes.ArgumentError, Assert.Throws<GraphException>(() => Fn("round", 1.5, 1L, "SIDEWAYS")).Code);
        Assert.Null(Fn("round", null));
        Assert.Null(Fn("round", 1.5, null));
        Assert.Equal(1e300, Fn("round", 1e300, 2L));
        Assert.Equal(1200.0, Fn("round", 1234.5, -2L));
    }

    [Fact]
    public void Logarithmic_functions()
    {
        Assert.Equal(Math.E, Fn("e"));
        Assert.Equal(Math.Exp(2), Fn("exp", 2L));
        Assert.Equal(Math.Log(27), Fn("log", 27L));
        Assert.Equal(Math.Log10(27), Fn("log10", 27L));
        Assert.Equal(16.0, Fn("sqrt", 256L));
        Assert.Equal(double.NegativeInfinity, Fn("log", 0L));
        Assert.True(double.IsNaN((double)Fn("sqrt", -1L)!));
    }

    [Fact]
    public void Trigonometric_functions()
    {
        Assert.Equal(Math.PI, Fn("pi"));
        Assert.Equal(180.0, Fn("degrees", Math.PI));
        Assert.Equal(Math.PI, Fn("radians", 180L));
        Assert.Equal(Math.Sin(0.5), Fn("sin", 0.5));
        Assert.Equal(Math.Cos(0.5), Fn("cos", 0.5));
        Assert.Equal(Math.Tan(0.5), Fn("tan", 0.5));
        Assert.Equal(1 / Math.Tan(0.5), Fn("cot", 0.5));
        Assert.Equal(Math.Asin(0.5), Fn("asin", 0.5));
        Assert.Equal(Math.Acos(0.5), Fn("acos", 0.5));
        Assert.Equal(Math.Atan(0.5), Fn("atan", 0.5));
        Assert.Equal(Math.Atan2(0.5, 0.6), Fn("atan2", 0.5, 0.6));
        Assert.Equal((1 - Math.Cos(0.5)) / 2, Fn("haversin", 0.5));
        Assert.Equal(double.PositiveInfinity, Fn("cot", 0L));
        Assert.True(double.IsNaN((double)Fn("asin", 2L)!));
        Assert.Null(Fn("sin", null));
    }

    [Fact]
    public void Non_numbers_are_type_errors()
    {
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("abs", "1")).Code);
        Assert.Equal(ErrorCodes.TypeError, Assert.Throws<GraphException>(() => Fn("sqrt", true)).Code);
        Assert.Equal(ErrorCodes.ArithmeticError, Assert.Throws<GraphException>(() => Fn("abs", long.MinValue)).Code);
    }

    [Fact]
    public void Rand_is_in_zero_to_one()
    {
        var r = (double)Fn("rand")!;
        Assert.InRange(r, 0.0, 0.9999999999);
    }
}
