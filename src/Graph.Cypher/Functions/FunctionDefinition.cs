namespace Graph.Cypher.Functions;

/// <summary>Evaluates a scalar function on already-evaluated arguments.</summary>
internal delegate object? ScalarFunction(IReadOnlyList<object?> arguments, IFunctionContext context);

/// <summary>
/// A scalar function: name as Neo4j spells it (lookup is case-insensitive), argument count bounds
/// (checked at compile time), and whether it is deterministic (rand, randomUUID are not).
/// </summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, ScalarFunction Invoke, bool Deterministic = true);

/// <summary>An aggregate's running state for one group.</summary>
internal interface IAggregator
{
    /// <summary>Adds one row's evaluated arguments (arguments[0] is the aggregated expression).</summary>
    void Add(IReadOnlyList<object?> arguments, IFunctionContext context);

    object? Result(IFunctionContext context);
}

/// <summary>An aggregate function (count, collect, sum, avg, min, max, stDev, stDevP, percentileCont, percentileDisc).</summary>
internal sealed record AggregateDefinition(string Name, int MinArguments, int MaxArguments, Func<IAggregator> Create);
