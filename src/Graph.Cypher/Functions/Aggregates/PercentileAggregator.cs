using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>
/// percentileCont (linear interpolation, a float) and percentileDisc (nearest rank, an element of the
/// input) over the non-null numbers; the percentile must lie in 0.0..1.0; null without values.
/// </summary>
internal sealed class PercentileAggregator(bool continuous) : IAggregator
{
    private readonly List<object> values = [];
    private double percentile = double.NaN;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        if (double.IsNaN(percentile)) percentile = CheckPercentile(arguments[1]);
        var value = arguments[0];
        if (value is null) return;
        if (value is not (long or double)) throw CypherErrors.TypeMismatch("Float or Integer", value);
        values.Add(value);
    }

    public object? Result(IFunctionContext context)
    {
        if (values.Count == 0) return null;
        values.Sort(CypherComparison.Orderability);
        var n = values.Count;
        if (!continuous)
        {
            // Nearest rank: the smallest value with at least p of the values at or below it.
            var rank = (int)Math.Ceiling(percentile * n);
            return values[Math.Clamp(rank - 1, 0, n - 1)];
        }
        var position = percentile * (n - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        var low = ToDouble(values[lower]);
        if (lower == upper) return low;
        return low + (position - lower) * (ToDouble(values[upper]) - low);
    }

    private static double CheckPercentile(object? value)
    {
        if (!CypherConversions.TryNumber(value, out var p)) throw CypherErrors.TypeMismatch("Float or Integer", value);
        if (!(p >= 0.0 && p <= 1.0)) throw CypherErrors.Argument($"Invalid input '{CypherConversions.Describe(value)}' is not a valid argument, must be a number in the range 0.0 to 1.0");
        return p;
    }

    private static double ToDouble(object value) => value is long l ? l : (double)value;
}
