namespace Graph.Cypher.Functions.Aggregates;

/// <summary>collect(expr): the non-null values in arrival order; an empty list when there are none.</summary>
internal sealed class CollectAggregator : IAggregator
{
    private readonly List<object?> items = [];

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        if (arguments[0] is not null) items.Add(arguments[0]);
    }

    // A copy, so a result handed out is never changed by later rows of the same group.
    public object? Result(IFunctionContext context) => new List<object?>(items);
}
