using Graph.Bolt.PackStream;
using Graph.Core.Values;

namespace Graph.Bolt.Values;

/// <summary>
/// Turns the PackStream values of a message's parameters into the store's values: structures become
/// temporals, durations and points; graph entities are refused (Neo4j does not take them as parameters either).
/// </summary>
public static class BoltValueReader
{
    public static object? ToValue(object? value, BoltDialect dialect) => value switch
    {
        PackStructure s => ToStructValue(s, dialect),
        List<object?> list => list.Select(item => ToValue(item, dialect)).ToList(),
        Dictionary<string, object?> map => ToMap(map, dialect),
        _ => value,
    };

    public static Dictionary<string, object?> ToMap(IReadOnlyDictionary<string, object?> map, BoltDialect dialect) =>
        map.ToDictionary(kv => kv.Key, kv => ToValue(kv.Value, dialect), StringComparer.Ordinal);

    private static object ToStructValue(PackStructure s, BoltDialect dialect)
    {
        switch (s.Tag)
        {
            case BoltTags.Date when Shape(s, 1):
                return new CypherDate(BoltClock.DateOf(Int(s, 0)));
            case BoltTags.LocalTime when Shape(s, 1):
                return new CypherLocalTime(NanoOfDay(Int(s, 0)));
            case BoltTags.Time when Shape(s, 2):
                return new CypherTime(NanoOfDay(Int(s, 0)), Offset(Int(s, 1)));
            case BoltTags.LocalDateTime when Shape(s, 2):
                var (date, nanoOfDay) = BoltClock.FromLocalSeconds(Int(s, 0), Int(s, 1));
                return new CypherLocalDateTime(date, nanoOfDay);
            case BoltTags.DateTime when Shape(s, 3) && dialect.UtcDateTime:
                return BoltClock.DateTimeFromUtc(Int(s, 0), Int(s, 1), Offset(Int(s, 2)), null);
            case BoltTags.DateTimeZoneId when Shape(s, 3) && dialect.UtcDateTime:
                var zone = Text(s, 2);
                return BoltClock.DateTimeFromUtc(Int(s, 0), Int(s, 1), BoltClock.OffsetAt(zone, Int(s, 0)), zone);
            case BoltTags.LegacyDateTime when Shape(s, 3) && !dialect.UtcDateTime:
                var (fixedDate, fixedNanos) = BoltClock.FromLocalSeconds(Int(s, 0), Int(s, 1));
                return new CypherDateTime(fixedDate, fixedNanos, Offset(Int(s, 2)), null);
            case BoltTags.LegacyDateTimeZoneId when Shape(s, 3) && !dialect.UtcDateTime:
                var (zonedDate, zonedNanos) = BoltClock.FromLocalSeconds(Int(s, 0), Int(s, 1));
                var name = Text(s, 2);
                return new CypherDateTime(zonedDate, zonedNanos, BoltClock.OffsetAtLocal(name, zonedDate, zonedNanos), name);
            case BoltTags.Duration when Shape(s, 4):
                var nanos = Int(s, 3);
                if (nanos is < int.MinValue or > int.MaxValue) throw new BoltValueException("A duration's nanoseconds are out of range.");
                return new CypherDuration(Int(s, 0), Int(s, 1), Int(s, 2), (int)nanos);
            case BoltTags.Point2D when Shape(s, 3):
                return new CypherPoint(Srid(s), Float(s, 1), Float(s, 2), null);
            case BoltTags.Point3D when Shape(s, 4):
                return new CypherPoint(Srid(s), Float(s, 1), Float(s, 2), Float(s, 3));
            case BoltTags.Node or BoltTags.Relationship or BoltTags.UnboundRelationship or BoltTags.Path:
                throw new BoltValueException("Nodes, relationships and paths cannot be sent as parameters; send their ids or properties.");
            default:
                throw new BoltValueException($"Structure 0x{s.Tag:X2} with {s.Fields.Count} fields is not a value this server accepts.");
        }
    }

    private static bool Shape(PackStructure s, int fields) =>
        s.Fields.Count == fields ? true : throw new BoltValueException($"Structure 0x{s.Tag:X2} needs {fields} fields, not {s.Fields.Count}.");

    private static long Int(PackStructure s, int index) =>
        s.Fields[index] as long? ?? throw new BoltValueException($"Field {index} of structure 0x{s.Tag:X2} must be an integer.");

    private static double Float(PackStructure s, int index) =>
        s.Fields[index] as double? ?? throw new BoltValueException($"Field {index} of structure 0x{s.Tag:X2} must be a float.");

    private static string Text(PackStructure s, int index) =>
        s.Fields[index] as string ?? throw new BoltValueException($"Field {index} of structure 0x{s.Tag:X2} must be a string.");

    private static int Srid(PackStructure s) => Int(s, 0) is var srid and >= int.MinValue and <= int.MaxValue
        ? (int)srid
        : throw new BoltValueException("A point's SRID is out of range.");

    private static long NanoOfDay(long nanos) => nanos is >= 0 and < BoltClock.SecondsPerDay * BoltClock.NanosPerSecond
        ? nanos
        : throw new BoltValueException("A time of day must lie within one day.");

    // Cypher offsets lie within ±18 hours.
    private static int Offset(long seconds) => seconds is >= -64_800 and <= 64_800
        ? (int)seconds
        : throw new BoltValueException("A UTC offset must lie within ±18 hours.");
}
