using Graph.Core.Errors;
using Graph.Cypher.Functions;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Temporal;

/// <summary>Calls temporal functions by name with a fixed statement clock (2022-06-14T10:02:28.192Z, the manual's).</summary>
internal static class TemporalTestKit
{
    public static readonly DateTimeOffset Clock = new(2022, 6, 14, 10, 2, 28, 192, TimeSpan.Zero);

    private static readonly Dictionary<string, FunctionDefinition> Functions =
        TemporalFunctions.All.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public static object? Call(string name, params object?[] args)
    {
        var function = Functions[name];
        Assert.InRange(args.Length, function.MinArguments, function.MaxArguments);
        return function.Invoke(args, new FixedClock(Clock));
    }

    /// <summary>Neo4j's toString of the result.</summary>
    public static string Text(string name, params object?[] args) => Call(name, args)!.ToString()!;

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        return map;
    }

    public static GraphException Fails(string name, params object?[] args) =>
        Assert.Throws<GraphException>(() => Call(name, args));

    public static object? Component(object value, string key)
    {
        Assert.True(TemporalComponents.TryGet(value, key, out var result));
        return result;
    }

    private sealed class FixedClock(DateTimeOffset time) : IFunctionContext
    {
        public IGraphView Graph => throw new NotSupportedException("temporal functions do not read the graph");

        public DateTimeOffset StatementTime { get; } = time;
    }
}
