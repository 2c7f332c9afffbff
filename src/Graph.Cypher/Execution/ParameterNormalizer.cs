using System.Collections;
using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Brings caller parameters into engine shapes (int → long, float → double, arrays → lists, dates → Cypher temporals).</summary>
internal static class ParameterNormalizer
{
    public static IReadOnlyDictionary<string, object?> Normalize(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null) return Empty;
        if (AlreadyEngineValues(parameters)) return parameters;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in parameters) result[k] = Value(v, 0);
        return result;
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// A plain ordinal dictionary of scalars (what a lookup usually passes) is used as it is: there is nothing to
    /// convert, and the caller's dictionary was already read during the run (the copy was made inside it).
    /// </summary>
    private static bool AlreadyEngineValues(IReadOnlyDictionary<string, object?> parameters)
    {
        if (parameters is not Dictionary<string, object?> plain) return false;
        if (!ReferenceEquals(plain.Comparer, EqualityComparer<string>.Default) && !ReferenceEquals(plain.Comparer, StringComparer.Ordinal)) return false;
        foreach (var value in plain.Values)
        {
            if (value is not (null or string or long or double or bool)) return false;
        }
        return true;
    }

    private static object? Value(object? value, int depth)
    {
        if (depth > 500) throw new GraphException(ErrorCodes.ArgumentError, "The parameter value is nested too deeply");
        return value switch
        {
            null or bool or long or double or string => value,
            int i => (long)i,
            short s => (long)s,
            byte b => (long)b,
            sbyte sb => (long)sb,
            uint ui => (long)ui,
            ushort us => (long)us,
            ulong ul when ul <= long.MaxValue => (long)ul,
            float f => (double)f,
            decimal m => (double)m,
            char c => c.ToString(),
            Guid g => g.ToString(),
            DateOnly d => new CypherDate(d),
            DateTimeOffset dto => new CypherDateTime(DateOnly.FromDateTime(dto.DateTime), dto.TimeOfDay.Ticks * 100, (int)dto.Offset.TotalSeconds, null),
            DateTime dt when dt.Kind == DateTimeKind.Unspecified => new CypherLocalDateTime(DateOnly.FromDateTime(dt), dt.TimeOfDay.Ticks * 100),
            DateTime dt => Value(new DateTimeOffset(dt.ToUniversalTime()), depth),
            TimeSpan ts => new CypherDuration(0, 0, (long)ts.TotalSeconds, (int)(ts.Ticks % TimeSpan.TicksPerSecond * 100)),
            CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint => value,
            Node n => new NodeRef(n.Id),
            Relationship r => new RelRef(r.Id),
            IDictionary<string, object?> map => Map(map.Select(e => (e.Key, e.Value)), depth),
            IReadOnlyDictionary<string, object?> map => Map(map.Select(e => (e.Key, e.Value)), depth),
            IDictionary map => Map(map.Keys.Cast<object>().Select(k => (k as string ?? throw Bad(k), map[k])), depth),
            IEnumerable list => list.Cast<object?>().Select(v => Value(v, depth + 1)).ToList(),
            _ => throw Bad(value),
        };
    }

    private static CypherMap Map(IEnumerable<(string Key, object? Value)> entries, int depth)
    {
        var map = new CypherMap();
        foreach (var (k, v) in entries) map.Set(k, Value(v, depth + 1));
        return map;
    }

    private static GraphException Bad(object value) =>
        new(ErrorCodes.ArgumentError, $"Parameter value of type {value.GetType().Name} cannot be used as a Cypher value");
}
