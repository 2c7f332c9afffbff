using System.Globalization;

namespace Graph.Core.Values;

// Cypher's temporal values. Nanosecond precision is kept as an extra field because .NET ticks are 100 ns.
// Formatting follows Neo4j's string forms (ISO 8601), which is also the wire form of the --jsonl protocol.

/// <summary>Cypher DATE.</summary>
public readonly record struct CypherDate(DateOnly Value)
{
    public override string ToString() => TemporalText.Date(Value);
}

/// <summary>Cypher LOCAL TIME: nanoseconds since midnight.</summary>
public readonly record struct CypherLocalTime(long NanoOfDay)
{
    public override string ToString() => TemporalText.Time(NanoOfDay);
}

/// <summary>Cypher ZONED TIME: a local time with a UTC offset in seconds.</summary>
public readonly record struct CypherTime(long NanoOfDay, int OffsetSeconds)
{
    public override string ToString() => TemporalText.Time(NanoOfDay) + TemporalText.Offset(OffsetSeconds);
}

/// <summary>Cypher LOCAL DATETIME.</summary>
public readonly record struct CypherLocalDateTime(DateOnly Date, long NanoOfDay)
{
    public override string ToString() => TemporalText.Date(Date) + "T" + TemporalText.Time(NanoOfDay);
}

/// <summary>Cypher ZONED DATETIME: local date and time, offset, and an optional IANA zone id.</summary>
public readonly record struct CypherDateTime(DateOnly Date, long NanoOfDay, int OffsetSeconds, string? Zone)
{
    public override string ToString()
    {
        var text = TemporalText.Date(Date) + "T" + TemporalText.Time(NanoOfDay) + TemporalText.Offset(OffsetSeconds);
        return Zone is null ? text : text + "[" + Zone + "]";
    }
}

/// <summary>Cypher DURATION: months, days, seconds and nanoseconds kept apart, as Neo4j does.</summary>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanos)
{
    public override string ToString() => TemporalText.Duration(this);
}

/// <summary>Cypher POINT (only decoded from Neo4j; the embedded engine does not create points).</summary>
public readonly record struct CypherPoint(int Srid, double X, double Y, double? Z)
{
    public override string ToString() => Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"SRID={Srid};POINT Z ({X} {Y} {z})")
        : string.Create(CultureInfo.InvariantCulture, $"SRID={Srid};POINT ({X} {Y})");
}
