using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>Datetimes from UNIX epoch amounts (datetime({epochSeconds}), datetime.fromEpoch, datetime.fromEpochMillis).</summary>
internal static class Epoch
{
    public static CypherDateTime FromSeconds(object seconds, long extraNanos, TemporalZone zone) => seconds switch
    {
        long s => Make((Int128)s * CalendarMath.NanosPerSecond + extraNanos, zone),
        double d => Make(FromDouble(d * CalendarMath.NanosPerSecond) + extraNanos, zone),
        _ => throw TemporalErrors.Type($"epoch seconds must be a number, but was a {TemporalParts.KindName(seconds)}"),
    };

    public static CypherDateTime FromMillis(object millis, long extraNanos, TemporalZone zone) => millis switch
    {
        long ms => Make((Int128)ms * 1_000_000 + extraNanos, zone),
        double d => Make(FromDouble(d * 1_000_000) + extraNanos, zone),
        _ => throw TemporalErrors.Type($"epoch milliseconds must be a number, but was a {TemporalParts.KindName(millis)}"),
    };

    private static Int128 FromDouble(double nanos)
    {
        if (double.IsNaN(nanos) || double.IsInfinity(nanos) || Math.Abs(nanos) > 3e20)
            throw TemporalErrors.Argument("Epoch value is out of range");
        return (Int128)Math.Floor(nanos);
    }

    private static CypherDateTime Make(Int128 epochNanos, TemporalZone zone)
    {
        var (quotient, remainder) = Int128.DivRem(epochNanos, CalendarMath.NanosPerSecond);
        if (remainder < 0) { remainder += CalendarMath.NanosPerSecond; quotient--; }
        if (quotient > 253402300799L || quotient < -62135596800L)
            throw TemporalErrors.Argument("Epoch value is out of the supported range (years 1 to 9999)");
        return ZonedMath.FromInstant((long)quotient, (long)remainder, zone);
    }
}
