using Graph.Cypher.Functions;

namespace Graph.Cypher.Tests.Functions;

/// <summary>Calls registered functions by name, as the executor will.</summary>
internal static class Call
{
    // A lone null argument binds to the params array itself; it means one null argument.
    public static object? Fn(string name, params object?[]? args) => FnIn(new FakeFunctionContext(), name, args);

    public static object? FnIn(IFunctionContext context, string name, params object?[]? args)
    {
        args ??= [null];
        Assert.True(FunctionRegistry.TryGetScalar(name, out var def), $"function {name} is registered");
        Assert.InRange(args.Length, def.MinArguments, def.MaxArguments);
        return def.Invoke(args, context);
    }

    public static object? Aggregate(string name, params object?[] values) => AggregateWith(name, null, values);

    /// <summary>Feeds each value as one row (with an optional constant second argument, e.g. a percentile).</summary>
    public static object? AggregateWith(string name, object? second, params object?[] values)
    {
        Assert.True(FunctionRegistry.TryGetAggregate(name, out var def), $"aggregate {name} is registered");
        var context = new FakeFunctionContext();
        var aggregator = def.Create();
        foreach (var value in values)
        {
            aggregator.Add(def.MaxArguments > 1 ? [value, second] : [value], context);
        }
        return aggregator.Result(context);
    }

    // A List, not an array, so that passing one list to a params call stays one argument.
    public static List<object?> L(params object?[] items) => [.. items];
}
