using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// Numeric functions (manual: "Mathematical functions – numeric, logarithmic, trigonometric").
/// Null in gives null out; abs and sign keep integers integral; the rest return floats.
/// </summary>
internal static class MathFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("abs", 1, 1, Abs),
        new("ceil", 1, 1, (a, _) => Unary(a, Math.Ceiling)),
        new("floor", 1, 1, (a, _) => Unary(a, Math.Floor)),
        new("round", 1, 3, Round),
        new("sign", 1, 1, Sign),
        new("rand", 0, 0, (_, _) => Random.Shared.NextDouble(), Deterministic: false),
        new("isNaN", 1, 1, IsNaN),
        new("sqrt", 1, 1, (a, _) => Unary(a, Math.Sqrt)),
        new("exp", 1, 1, (a, _) => Unary(a, Math.Exp)),
        new("log", 1, 1, (a, _) => Unary(a, Math.Log)),
        new("log10", 1, 1, (a, _) => Unary(a, Math.Log10)),
        new("e", 0, 0, (_, _) => Math.E),
        new("pi", 0, 0, (_, _) => Math.PI),
        new("sin", 1, 1, (a, _) => Unary(a, Math.Sin)),
        new("cos", 1, 1, (a, _) => Unary(a, Math.Cos)),
        new("tan", 1, 1, (a, _) => Unary(a, Math.Tan)),
        new("cot", 1, 1, (a, _) => Unary(a, x => 1.0 / Math.Tan(x))),
        new("asin", 1, 1, (a, _) => Unary(a, Math.Asin)),
        new("acos", 1, 1, (a, _) => Unary(a, Math.Acos)),
        new("atan", 1, 1, (a, _) => Unary(a, Math.Atan)),
        new("atan2", 2, 2, Atan2),
        new("degrees", 1, 1, (a, _) => Unary(a, x => x * (180.0 / Math.PI))),
        new("radians", 1, 1, (a, _) => Unary(a, x => x * (Math.PI / 180.0))),
        new("haversin", 1, 1, (a, _) => Unary(a, x => (1.0 - Math.Cos(x)) / 2.0)),
    ];

    private static object? Unary(IReadOnlyList<object?> args, Func<double, double> f) =>
        args[0] is null ? null : f(Arguments.Number(args[0]));

    private static object? Abs(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        long l => l == long.MinValue ? throw CypherErrors.LongOverflow() : Math.Abs(l),
        double d => Math.Abs(d),
        var other => throw CypherErrors.TypeMismatch("Float or Integer", other),
    };

    private static object? Sign(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        long l => (long)Math.Sign(l),
        double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
        var other => throw CypherErrors.TypeMismatch("Float or Integer", other),
    };

    private static object? IsNaN(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        long => false,
        double d => double.IsNaN(d),
        var other => throw CypherErrors.TypeMismatch("Float or Integer", other),
    };

    private static object? Atan2(IReadOnlyList<object?> args, IFunctionContext context) =>
        Arguments.AnyNull(args) ? null : Math.Atan2(Arguments.Number(args[0]), Arguments.Number(args[1]));

    // round(x) rounds half up toward positive infinity (Java's Math.round); with a precision it
    // rounds the decimal value with the given mode, HALF_UP by default (BigDecimal.setScale).
    private static object? Round(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var value = Arguments.Number(args[0]);
        if (args.Count == 1) return RoundHalfUp(value);
        var precision = Arguments.IntegerLike(args[1]);
        // The manual: round(-1.5, 0) is -1.0, "to align with round(-1.5)", when no mode is given.
        if (precision == 0 && args.Count == 2) return RoundHalfUp(value);
        var mode = args.Count > 2 ? RoundingModes.Parse(Arguments.String(args[2])) : RoundingMode.HalfUp;
        return RoundingModes.Round(value, precision, mode);
    }

    private static double RoundHalfUp(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value;
        var floor = Math.Floor(value);
        // Compare the remainder rather than adding 0.5, which rounds 0.49999999999999994 up.
        return value - floor >= 0.5 ? floor + 1 : floor;
    }
}
