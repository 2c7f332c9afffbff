using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>
/// stDev (sample, n-1) and stDevP (population, n) by Welford's online algorithm; 0.0 when there are
/// too few values, as Neo4j returns.
/// </summary>
internal sealed class StDevAggregator(bool sample) : IAggregator
{
    private long count;
    private double mean;
    private double squares;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        var value = arguments[0];
        if (value is null) return;
        if (!CypherConversions.TryNumber(value, out var x)) throw CypherErrors.TypeMismatch("Float or Integer", value);
        count++;
        var delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
    }

    public object? Result(IFunctionContext context)
    {
        var divisor = sample ? count - 1 : count;
        return divisor <= 0 ? 0.0 : Math.Sqrt(squares / divisor);
    }
}
