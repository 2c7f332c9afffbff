using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>min(expr) / max(expr): the least or greatest non-null value by orderability, across types.</summary>
internal sealed class ExtremeAggregator(bool wantMax) : IAggregator
{
    private object? best;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        var value = arguments[0];
        if (value is null) return;
        if (best is null)
        {
            best = value;
            return;
        }
        var c = CypherComparison.Order(value, best);
        if (wantMax ? c > 0 : c < 0) best = value;
    }

    public object? Result(IFunctionContext context) => best;
}
