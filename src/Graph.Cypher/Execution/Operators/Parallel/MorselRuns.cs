using Graph.Cypher.Functions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// One group's aggregated values on the workers, a run per morsel: a worker reads its morsels in increasing
/// number, so it appends to its last run or starts one; merged runs are folded in morsel order, which is the order a
/// serial scan meets the values.
/// </summary>
internal sealed class MorselRuns
{
    private readonly List<(int Morsel, List<object> Values)> _runs = [];

    public void Add(int morsel, object value)
    {
        if (_runs.Count == 0 || _runs[^1].Morsel != morsel) _runs.Add((morsel, []));
        _runs[^1].Values.Add(value);
    }

    public void Merge(MorselRuns other) => _runs.AddRange(other._runs);

    /// <summary>The serial aggregator over every value in scan order (DISTINCT: the first of equivalent values).</summary>
    public object? Fold(AggregateDefinition definition, bool distinct, OperatorContext ctx)
    {
        _runs.Sort(static (a, b) => a.Morsel.CompareTo(b.Morsel));
        var aggregator = definition.Create();
        var seen = distinct ? new HashSet<object?>(CypherEquality.Equivalence) : null;
        var argument = new object?[1];
        foreach (var (_, values) in _runs)
        {
            ctx.Query.Tick(values.Count);
            foreach (var value in values)
            {
                if (seen is not null && !seen.Add(value)) continue;
                argument[0] = value;
                aggregator.Add(argument, ctx.Query);
            }
        }
        return aggregator.Result(ctx.Query);
    }
}
