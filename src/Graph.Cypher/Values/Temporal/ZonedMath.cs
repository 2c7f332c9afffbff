using Graph.Core.Values;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Conversions between zoned values, local fields and instants (epoch second + nano-of-second).</summary>
internal static class ZonedMath
{
    public static TemporalZone ZoneOf(CypherDateTime value) => TemporalZone.Of(value.OffsetSeconds, value.Zone);

    /// <summary>A zoned datetime from local fields; the zone decides the offset.</summary>
    public static CypherDateTime FromLocal(DateOnly date, long nanoOfDay, TemporalZone zone, int? preferredOffset = null)
    {
        var (d, n, offset) = zone.Resolve(date, nanoOfDay, preferredOffset);
        return new CypherDateTime(d, n, offset, zone.Name);
    }

    /// <summary>A zoned datetime for an instant, shown in the zone.</summary>
    public static CypherDateTime FromInstant(long epochSecond, long nanoOfSecond, TemporalZone zone)
    {
        var offset = zone.OffsetAt(epochSecond);
        var localSecond = checked(epochSecond + offset);
        var day = CalendarMath.FloorDiv(localSecond, CalendarMath.SecondsPerDay);
        var secondOfDay = CalendarMath.FloorMod(localSecond, CalendarMath.SecondsPerDay);
        return new CypherDateTime(CalendarMath.FromEpochDay(day), secondOfDay * CalendarMath.NanosPerSecond + nanoOfSecond, offset, zone.Name);
    }

    public static long EpochSecond(DateOnly date, long nanoOfDay, int offsetSeconds) =>
        CalendarMath.EpochDay(date) * CalendarMath.SecondsPerDay + nanoOfDay / CalendarMath.NanosPerSecond - offsetSeconds;

    public static long EpochSecond(CypherDateTime value) => EpochSecond(value.Date, value.NanoOfDay, value.OffsetSeconds);

    public static Int128 EpochNanos(CypherDateTime value) =>
        (Int128)EpochSecond(value) * CalendarMath.NanosPerSecond + value.NanoOfDay % CalendarMath.NanosPerSecond;

    /// <summary>The same instant shown in another zone.</summary>
    public static CypherDateTime InZone(CypherDateTime value, TemporalZone zone) =>
        FromInstant(EpochSecond(value), value.NanoOfDay % CalendarMath.NanosPerSecond, zone);

    /// <summary>A zoned time's nano-of-day in UTC terms, for ordering and differences.</summary>
    public static long UtcNanoOfDay(CypherTime value) => value.NanoOfDay - value.OffsetSeconds * CalendarMath.NanosPerSecond;

    /// <summary>The same moment of a zoned time shown with another offset (wraps around midnight).</summary>
    public static CypherTime WithOffsetSameInstant(CypherTime value, int offsetSeconds)
    {
        var shifted = value.NanoOfDay + (long)(offsetSeconds - value.OffsetSeconds) * CalendarMath.NanosPerSecond;
        return new CypherTime(CalendarMath.FloorMod(shifted, CalendarMath.NanosPerDay), offsetSeconds);
    }

    /// <summary>The statement clock seen in a zone.</summary>
    public static CypherDateTime Now(DateTimeOffset clock, TemporalZone zone)
    {
        var ticks = clock.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = CalendarMath.FloorDiv(ticks, TimeSpan.TicksPerSecond);
        var nanos = CalendarMath.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100;
        return FromInstant(seconds, nanos, zone);
    }
}
