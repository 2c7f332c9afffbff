using Graph.Core.Values;

namespace Graph.Bolt.Values;

/// <summary>Epoch arithmetic shared by the temporal encoder and decoder.</summary>
internal static class BoltClock
{
    public const long NanosPerSecond = 1_000_000_000;
    public const long SecondsPerDay = 86_400;

    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static long EpochDays(DateOnly date) => date.DayNumber - EpochDay;

    public static DateOnly DateOf(long epochDays)
    {
        var day = epochDays + EpochDay;
        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
        {
            throw new BoltValueException("The date lies outside the years 1 to 9999.");
        }
        return DateOnly.FromDayNumber((int)day);
    }

    /// <summary>Local date and nano-of-day as seconds since the epoch (in that local time) and the nanos left over.</summary>
    public static (long Seconds, long Nanos) LocalSeconds(DateOnly date, long nanoOfDay) =>
        (EpochDays(date) * SecondsPerDay + nanoOfDay / NanosPerSecond, nanoOfDay % NanosPerSecond);

    public static (DateOnly Date, long NanoOfDay) FromLocalSeconds(long seconds, long nanos)
    {
        if (nanos is < 0 or >= NanosPerSecond) throw new BoltValueException("Nanoseconds must lie in 0..999999999.");
        var days = Math.DivRem(seconds, SecondsPerDay, out var rest);
        if (rest < 0) { days--; rest += SecondsPerDay; }
        return (DateOf(days), rest * NanosPerSecond + nanos);
    }

    /// <summary>The offset, in seconds, of a named zone at an instant given in UTC epoch seconds.</summary>
    public static int OffsetAt(string zone, long utcSeconds) =>
        (int)Zone(zone).GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(utcSeconds, -62_135_596_800L, 253_402_300_799L))).TotalSeconds;

    /// <summary>The offset of a named zone at a local time (the earlier offset where the clock repeats).</summary>
    public static int OffsetAtLocal(string zone, DateOnly date, long nanoOfDay) =>
        (int)Zone(zone).GetUtcOffset(date.ToDateTime(TimeOnly.MinValue).AddTicks(nanoOfDay / 100)).TotalSeconds;

    public static CypherDateTime DateTimeFromUtc(long utcSeconds, long nanos, int offset, string? zone)
    {
        var (date, nanoOfDay) = FromLocalSeconds(checked(utcSeconds + offset), nanos);
        return new CypherDateTime(date, nanoOfDay, offset, zone);
    }

    private static TimeZoneInfo Zone(string zone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new BoltValueException($"'{zone}' is not a known time zone.");
        }
    }
}
