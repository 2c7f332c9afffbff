using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>collect(expr): the non-null values in arrival order; an empty list when there are none.</summary>
internal sealed class CollectAggregator : IAggregator
{
    // Built in export form while the items allow, so a collected result is handed out without a copy.
    private ExportingList items = new(4);
    private bool handedOut;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        if (arguments[0] is null) return;
        // A list already handed out as a result belongs to its reader: later rows go to a copy.
        if (handedOut)
        {
            items = items.Copy();
            handedOut = false;
        }
        items.Add(arguments[0]);
    }

    // Results are normally read once, after the group's last row, so the list itself is handed out (no copy
    // per group); an Add afterwards copies first, so a result handed out is never changed by later rows.
    public object? Result(IFunctionContext context)
    {
        handedOut = true;
        return items.Items;
    }
}
