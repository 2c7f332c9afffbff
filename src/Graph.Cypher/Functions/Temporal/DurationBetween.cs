using Graph.Core.Values;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// duration.between / inMonths / inDays / inSeconds. The two instants are first completed from each other
/// (manual: a missing time is midnight, a missing zone is the other's zone, a missing date is the other's
/// date); when both are zoned the second is viewed in the first's zone. Then, as java.time does for Neo4j:
/// whole months (an end time-of-day earlier than the start's does not complete the last day), the first
/// instant moved by them, whole days likewise, and the rest as an exact amount of time.
/// </summary>
internal static class DurationBetween
{
    public enum Unit
    {
        All,
        Months,
        Days,
        Seconds,
    }

    public static object? Compute(object? from, object? to, Unit unit, string function)
    {
        if (from is null || to is null) return null;
        if (!TemporalParts.TryFrom(from, out var a))
            throw TemporalErrors.Type($"{function}(): expected a temporal instant but was a {TemporalParts.KindName(from)}");
        if (!TemporalParts.TryFrom(to, out var b))
            throw TemporalErrors.Type($"{function}(): expected a temporal instant but was a {TemporalParts.KindName(to)}");

        var haveDates = a.Date is not null && b.Date is not null;
        var anyDate = a.Date ?? b.Date ?? new DateOnly(1970, 1, 1);
        var startDate = a.Date ?? anyDate;
        var endDate = b.Date ?? anyDate;
        var startTime = a.NanoOfDay ?? 0;
        var endTime = b.NanoOfDay ?? 0;

        // Put both on one local timeline: the second seen in the first's zone. A local value is taken to be
        // in the other's zone, so it needs no shift.
        if (a.Zone is { } zone && b.Zone is { } otherZone && (zone != otherZone || a.Offset != b.Offset))
        {
            if (a.Date is null && b.Date is null)
            {
                // Two times of day: java.time's OffsetTime moves the second to the first's offset, wrapping at midnight.
                endTime = CalendarMath.FloorMod(endTime + (long)(a.Offset - b.Offset) * CalendarMath.NanosPerSecond, CalendarMath.NanosPerDay);
            }
            else
            {
                var seen = ZonedMath.InZone(ZonedMath.FromLocal(endDate, endTime, otherZone, b.Offset), zone);
                endDate = seen.Date;
                endTime = seen.NanoOfDay;
            }
        }

        if (unit == Unit.Seconds) return Exact(startDate, startTime, endDate, endTime, 0, 0);

        long months = 0, days = 0;
        if (haveDates)
        {
            if (unit != Unit.Days)
            {
                months = MonthsUntil(startDate, startTime, endDate, endTime);
                startDate = CalendarMath.PlusMonths(startDate, months);
            }
            if (unit != Unit.Months)
            {
                days = DaysUntil(startDate, startTime, endDate, endTime);
                startDate = CalendarMath.PlusDays(startDate, days);
            }
        }
        return unit switch
        {
            Unit.Months => DurationMath.Create(months, 0, 0, 0),
            Unit.Days => DurationMath.Create(0, days, 0, 0),
            _ => Exact(startDate, startTime, endDate, endTime, months, days),
        };
    }

    private static CypherDuration Exact(DateOnly startDate, long startTime, DateOnly endDate, long endTime, long months, long days)
    {
        var nanos = (Int128)(CalendarMath.EpochDay(endDate) - CalendarMath.EpochDay(startDate)) * CalendarMath.NanosPerDay + (endTime - startTime);
        var (seconds, rest) = Int128.DivRem(nanos, CalendarMath.NanosPerSecond);
        return DurationMath.Create(months, days, (long)seconds, (long)rest);
    }

    /// <summary>java.time's LocalDateTime.until(MONTHS): month count of the dates, after pulling the end date one day toward the start when its time of day has not been reached.</summary>
    private static long MonthsUntil(DateOnly startDate, long startTime, DateOnly endDate, long endTime)
    {
        endDate = AdjustEnd(startDate, startTime, endDate, endTime);
        var packedStart = (startDate.Year * 12L + startDate.Month - 1) * 32L + startDate.Day;
        var packedEnd = (endDate.Year * 12L + endDate.Month - 1) * 32L + endDate.Day;
        return (packedEnd - packedStart) / 32;
    }

    private static long DaysUntil(DateOnly startDate, long startTime, DateOnly endDate, long endTime)
    {
        endDate = AdjustEnd(startDate, startTime, endDate, endTime);
        return CalendarMath.EpochDay(endDate) - CalendarMath.EpochDay(startDate);
    }

    private static DateOnly AdjustEnd(DateOnly startDate, long startTime, DateOnly endDate, long endTime)
    {
        if (endDate > startDate && endTime < startTime) return endDate.AddDays(-1);
        if (endDate < startDate && endTime > startTime) return endDate.AddDays(1);
        return endDate;
    }
}
