using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// duration({years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds,
/// nanoseconds}): any subset, any sign, fractions allowed (they cascade into smaller units), at least one key.
/// </summary>
internal static class DurationBuilder
{
    private static readonly Dictionary<string, int> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["years"] = 0, ["quarters"] = 1, ["months"] = 2, ["weeks"] = 3, ["days"] = 4, ["hours"] = 5,
        ["minutes"] = 6, ["seconds"] = 7, ["milliseconds"] = 8, ["microseconds"] = 9, ["nanoseconds"] = 10,
    };

    public static object? FromArgument(object? argument) => argument switch
    {
        null => null,
        string text => DurationParser.Parse(text),
        CypherDuration d => d,
        IReadOnlyDictionary<string, object?> map => FromMap(map),
        _ => throw TemporalErrors.Type($"Invalid input for function 'duration()': expected a String or a Map but was a {TemporalParts.KindName(argument)}"),
    };

    public static CypherDuration FromMap(IReadOnlyDictionary<string, object?> map)
    {
        Span<double> floats = stackalloc double[11];
        Span<long> integers = stackalloc long[11];
        var anyFloat = false;
        var any = false;
        foreach (var (key, value) in map)
        {
            if (!Keys.TryGetValue(key, out var index))
                throw TemporalErrors.Argument($"No such field: {TemporalErrors.Clip(key)} (in duration)");
            switch (value)
            {
                case null:
                    continue;
                case long l:
                    integers[index] = l;
                    floats[index] = l;
                    break;
                case int i:
                    integers[index] = i;
                    floats[index] = i;
                    break;
                case double d:
                    floats[index] = d;
                    anyFloat = true;
                    break;
                default:
                    throw TemporalErrors.Type($"{key} must be a number, but was a {TemporalParts.KindName(value)}");
            }
            any = true;
        }
        if (!any) throw TemporalErrors.Argument("duration() needs at least one component in its map");

        if (anyFloat)
        {
            return DurationMath.Approximate(
                floats[0] * 12 + floats[1] * 3 + floats[2],
                floats[3] * 7 + floats[4],
                floats[5] * 3600 + floats[6] * 60 + floats[7],
                floats[8] * 1_000_000 + floats[9] * 1_000 + floats[10]);
        }
        try
        {
            checked
            {
                return DurationMath.Create(
                    integers[0] * 12 + integers[1] * 3 + integers[2],
                    integers[3] * 7 + integers[4],
                    integers[5] * 3600 + integers[6] * 60 + integers[7],
                    integers[8] * 1_000_000 + integers[9] * 1_000 + integers[10]);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Argument("Invalid value for duration, will cause overflow.");
        }
    }
}
