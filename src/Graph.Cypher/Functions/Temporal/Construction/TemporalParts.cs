using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// A temporal instant taken apart: date (if any), nano-of-day (if any), and zone with its current offset
/// (if any). Conversion, truncation and duration.between work on parts so they treat every kind alike.
/// </summary>
internal readonly record struct TemporalParts(DateOnly? Date, long? NanoOfDay, TemporalZone? Zone, int Offset)
{
    public static bool TryFrom(object? value, out TemporalParts parts)
    {
        switch (value)
        {
            case CypherDate d:
                parts = new TemporalParts(d.Value, null, null, 0);
                return true;
            case CypherLocalTime t:
                parts = new TemporalParts(null, t.NanoOfDay, null, 0);
                return true;
            case CypherTime t:
                parts = new TemporalParts(null, t.NanoOfDay, TemporalZone.Fixed(t.OffsetSeconds), t.OffsetSeconds);
                return true;
            case CypherLocalDateTime dt:
                parts = new TemporalParts(dt.Date, dt.NanoOfDay, null, 0);
                return true;
            case CypherDateTime dt:
                parts = new TemporalParts(dt.Date, dt.NanoOfDay, ZonedMath.ZoneOf(dt), dt.OffsetSeconds);
                return true;
            default:
                parts = default;
                return false;
        }
    }

    public static string KindName(object? value) => value switch
    {
        null => "Null",
        CypherDate => "Date",
        CypherLocalTime => "LocalTime",
        CypherTime => "Time",
        CypherLocalDateTime => "LocalDateTime",
        CypherDateTime => "DateTime",
        CypherDuration => "Duration",
        string => "String",
        long or int => "Integer",
        double => "Float",
        bool => "Boolean",
        IReadOnlyDictionary<string, object?> => "Map",
        IReadOnlyList<object?> => "List",
        _ => value.GetType().Name,
    };
}
