using Graph.Core.Values;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values.Temporal;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Aggregates;

/// <summary>
/// sum(expr): integers stay integers (overflow is an ArithmeticError) until a float arrives; durations
/// add up as durations; 0 when there is no value. Mixing numbers and durations is a TypeError.
/// </summary>
internal sealed class SumAggregator : IAggregator
{
    private long integerSum;
    private double floatSum;
    private bool sawFloat;
    private bool sawNumber;
    private object? durationSum;

    public void Add(IReadOnlyList<object?> arguments, IFunctionContext context)
    {
        var value = arguments[0];
        switch (value)
        {
            case null:
                return;
            case long l when durationSum is null:
                sawNumber = true;
                if (sawFloat) floatSum += l;
                else integerSum = CypherOperators.AddExact(integerSum, l);
                return;
            case double d when durationSum is null:
                sawNumber = true;
                if (!sawFloat)
                {
                    sawFloat = true;
                    floatSum = integerSum;
                }
                floatSum += d;
                return;
            case CypherDuration when !sawNumber:
                if (durationSum is null) durationSum = value;
                else if (TemporalArithmetic.TryAdd(durationSum, value, out var total)) durationSum = total;
                else throw CypherErrors.Type("sum() could not add durations");
                return;
            default:
                throw CypherErrors.Type($"sum() can only handle numerical values, duration, and null. Got {CypherTypeNames.Of(value)}");
        }
    }

    public object? Result(IFunctionContext context) =>
        durationSum ?? (sawFloat ? floatSum : (object)integerSum);
}
