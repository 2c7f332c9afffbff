namespace Graph.Cypher.Functions.Aggregates;

/// <summary>count(expr): the number of non-null values.</summary>
internal sealed class CountAggregator : IAggregator
{
    private long count;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        if (arguments[0] is not null) count++;
    }

    public object? Result(IFunctionContext context) => count;
}
