using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// Conversion functions (manual: "Type conversion functions"): toX raises a TypeError for a type it
/// cannot convert, toXOrNull returns null instead, toXList converts element-wise with the OrNull rules.
/// </summary>
internal static class ConversionFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("toString", 1, 1, ToText),
        new("toStringOrNull", 1, 1, (a, _) => TextOrNull(a[0])),
        new("toInteger", 1, 1, ToInteger),
        new("toIntegerOrNull", 1, 1, (a, _) => IntegerOrNull(a[0])),
        new("toFloat", 1, 1, ToFloat),
        new("toFloatOrNull", 1, 1, (a, _) => FloatOrNull(a[0])),
        new("toBoolean", 1, 1, ToBoolean),
        new("toBooleanOrNull", 1, 1, (a, _) => BooleanOrNull(a[0])),
        new("toStringList", 1, 1, (a, _) => MapList(a[0], TextOrNull)),
        new("toIntegerList", 1, 1, (a, _) => MapList(a[0], IntegerOrNull)),
        new("toFloatList", 1, 1, (a, _) => MapList(a[0], FloatOrNull)),
        new("toBooleanList", 1, 1, (a, _) => MapList(a[0], BooleanOrNull)),
    ];

    private static object? ToText(IReadOnlyList<object?> args, IFunctionContext context) =>
        CypherConversions.TryToText(args[0], out var text)
            ? text
            : throw CypherErrors.TypeMismatch("Boolean, Float, Integer, Point, String, Duration, Date, Time, LocalTime, LocalDateTime or DateTime", args[0]);

    private static object? TextOrNull(object? value) => CypherConversions.TryToText(value, out var text) ? text : null;

    private static object? ToInteger(IReadOnlyList<object?> args, IFunctionContext context) =>
        CypherConversions.TryToInteger(args[0], out var result)
            ? result
            : throw CypherErrors.TypeMismatch("Boolean, Float, Integer or String", args[0]);

    private static object? IntegerOrNull(object? value) => CypherConversions.TryToInteger(value, out var result) ? result : null;

    private static object? ToFloat(IReadOnlyList<object?> args, IFunctionContext context) =>
        CypherConversions.TryToFloat(args[0], out var result)
            ? result
            : throw CypherErrors.TypeMismatch("Float, Integer, Number or String", args[0]);

    private static object? FloatOrNull(object? value) => CypherConversions.TryToFloat(value, out var result) ? result : null;

    private static object? ToBoolean(IReadOnlyList<object?> args, IFunctionContext context) =>
        CypherConversions.TryToBoolean(args[0], out var result)
            ? result
            : throw CypherErrors.TypeMismatch("Boolean, Integer or String", args[0]);

    private static object? BooleanOrNull(object? value) => CypherConversions.TryToBoolean(value, out var result) ? result : null;

    private static object? MapList(object? value, Func<object?, object?> convert)
    {
        if (value is null) return null;
        var list = Arguments.List(value);
        var result = new List<object?>(list.Count);
        for (var i = 0; i < list.Count; i++) result.Add(convert(list[i]));
        return result;
    }
}
