using Graph.Core.Values;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values.Temporal;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>avg(expr): a float for numbers (integers too), a duration for durations, null without values.</summary>
internal sealed class AvgAggregator : IAggregator
{
    private long count;
    private double mean;
    private object? durationSum;
    private bool sawNumber;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        var value = arguments[0];
        switch (value)
        {
            case null:
                return;
            case long or double when durationSum is null:
                sawNumber = true;
                count++;
                // Running mean: stays accurate where a plain sum of large values would lose digits.
                var x = value is long l ? l : (double)value;
                mean += (x - mean) / count;
                return;
            case CypherDuration when !sawNumber:
                count++;
                if (durationSum is null) durationSum = value;
                else if (TemporalArithmetic.TryAdd(durationSum, value, out var total)) durationSum = total;
                else throw CypherErrors.Type("avg() could not add durations");
                return;
            default:
                throw CypherErrors.Type($"avg() can only handle numerical values, duration, and null. Got {CypherTypeNames.Of(value)}");
        }
    }

    public object? Result(IFunctionContext context)
    {
        if (count == 0) return null;
        if (durationSum is null) return mean;
        return TemporalArithmetic.TryDivide(durationSum, count, out var average)
            ? average
            : throw CypherErrors.Type("avg() could not divide a duration");
    }
}
