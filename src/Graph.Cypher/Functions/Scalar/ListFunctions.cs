using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>size, head, last, tail, reverse, range, coalesce, isEmpty (manual: "List functions", "Predicate functions").</summary>
internal static class ListFunctions
{
    /// <summary>range() refuses to build lists larger than this, rather than exhaust memory.</summary>
    public const long MaxRangeSize = 10_000_000;

    public static IEnumerable<FunctionDefinition> All =>
    [
        new("size", 1, 1, Size),
        new("head", 1, 1, Head),
        new("last", 1, 1, Last),
        new("tail", 1, 1, Tail),
        new("reverse", 1, 1, Reverse),
        new("range", 2, 3, Range),
        new("coalesce", 1, int.MaxValue, Coalesce),
        new("isEmpty", 1, 1, IsEmpty),
    ];

    private static object? Size(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        string s => (long)Text.Length(s),
        IReadOnlyList<object?> list => (long)list.Count,
        var other => throw CypherErrors.TypeMismatch("List<T> or String", other),
    };

    private static object? Head(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var list = Arguments.List(args[0]);
        return list.Count == 0 ? null : list[0];
    }

    private static object? Last(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var list = Arguments.List(args[0]);
        return list.Count == 0 ? null : list[^1];
    }

    private static object? Tail(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (args[0] is null) return null;
        var list = Arguments.List(args[0]);
        var result = new List<object?>(Math.Max(0, list.Count - 1));
        for (var i = 1; i < list.Count; i++) result.Add(list[i]);
        return result;
    }

    private static object? Reverse(IReadOnlyList<object?> args, IFunctionContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case string s:
                return Text.Reverse(s);
            case IReadOnlyList<object?> list:
                var result = new List<object?>(list.Count);
                for (var i = list.Count - 1; i >= 0; i--) result.Add(list[i]);
                return result;
            default:
                throw CypherErrors.TypeMismatch("List<T> or String", args[0]);
        }
    }

    // range(start, end[, step]): inclusive bounds; an empty list when the step points away from end.
    private static object? Range(IReadOnlyList<object?> args, IFunctionContext context)
    {
        var start = Arguments.Integer(args[0]);
        var end = Arguments.Integer(args[1]);
        var step = args.Count > 2 ? Arguments.Integer(args[2]) : 1L;
        if (step == 0) throw CypherErrors.Argument("Step argument to range() can't be 0");
        if ((step > 0 && start > end) || (step < 0 && start < end)) return new List<object?>();
        var span = (Int128)end - start;
        var count = span / step + 1;
        if (count > MaxRangeSize) throw CypherErrors.Argument($"range() would produce {count} elements; the limit is {MaxRangeSize}");
        return new RangeList(start, step, (int)count);
    }

    private static object? Coalesce(IReadOnlyList<object?> args, IFunctionContext context)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not null) return args[i];
        }
        return null;
    }

    private static object? IsEmpty(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        string s => s.Length == 0,
        IReadOnlyList<object?> list => list.Count == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        var other => throw CypherErrors.TypeMismatch("String, List<T> or Map", other),
    };
}
