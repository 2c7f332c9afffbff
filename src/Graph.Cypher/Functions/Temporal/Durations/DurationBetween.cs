using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// duration.between / inMonths / inDays / inSeconds. The two instants are first completed from each other
/// (manual: a missing time is midnight, a missing zone is the other's zone, a missing date is the other's
/// date). Then, as java.time does for Neo4j: whole months counted on the first instant's local calendar
/// (the second seen in the first's zone; an end time of day before the start's does not complete the last
/// day), the first instant moved by them, whole days likewise, and the rest as exact elapsed time — on the
/// timeline when a zone is involved, so a 25-hour DST day shows as such.
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

        var startTime = a.NanoOfDay ?? 0;
        var endTime = b.NanoOfDay ?? 0;
        if (a.Date is null && b.Date is null) return BetweenTimes(a, b, startTime, endTime, unit);

        var startDate = a.Date ?? b.Date!.Value;
        var endDate = b.Date ?? a.Date!.Value;
        var bothHaveDates = a.Date is not null && b.Date is not null;

        if (a.Zone is null && b.Zone is null)
        {
            // Local values: one calendar, exact local difference.
            if (unit == Unit.Seconds) return Split(0, 0, LocalNanos(endDate, endTime) - LocalNanos(startDate, startTime));
            var (months, days, movedDate) = Calendar(startDate, startTime, endDate, endTime, unit, bothHaveDates);
            return Finish(unit, months, days, LocalNanos(endDate, endTime) - LocalNanos(movedDate, startTime));
        }

        // A local side lives in the other's zone.
        var startZone = a.Zone ?? b.Zone!.Value;
        var endZone = b.Zone ?? a.Zone!.Value;
        int? startPreferred = a.Zone is null ? null : a.Offset;
        int? endPreferred = b.Zone is null ? null : b.Offset;
        var start = ZonedMath.FromLocal(startDate, startTime, startZone, startPreferred);
        var end = ZonedMath.FromLocal(endDate, endTime, endZone, endPreferred);
        if (unit == Unit.Seconds) return Split(0, 0, ZonedMath.EpochNanos(end) - ZonedMath.EpochNanos(start));

        var endSeen = ZonedMath.InZone(end, startZone);
        var (m, d, moved) = Calendar(start.Date, start.NanoOfDay, endSeen.Date, endSeen.NanoOfDay, unit, bothHaveDates);
        var movedStart = ZonedMath.FromLocal(moved, start.NanoOfDay, startZone, start.OffsetSeconds);
        return Finish(unit, m, d, ZonedMath.EpochNanos(end) - ZonedMath.EpochNanos(movedStart));
    }

    /// <summary>Two times of day: java.time's OffsetTime difference (UTC nano-of-day, no wrapping); no months or days.</summary>
    private static CypherDuration BetweenTimes(TemporalParts a, TemporalParts b, long startTime, long endTime, Unit unit)
    {
        if (unit is Unit.Months or Unit.Days) return DurationMath.Create(0, 0, 0, 0);
        var startOffset = a.Zone is null ? 0 : a.Offset;
        var endOffset = b.Zone is null ? 0 : b.Offset;
        if (a.Zone is null || b.Zone is null) startOffset = endOffset = 0; // a local side takes the other's offset
        var nanos = (Int128)(endTime - endOffset * CalendarMath.NanosPerSecond) - (startTime - startOffset * CalendarMath.NanosPerSecond);
        return Split(0, 0, nanos);
    }

    private static (long Months, long Days, DateOnly Moved) Calendar(DateOnly startDate, long startTime, DateOnly endDate, long endTime, Unit unit, bool bothHaveDates)
    {
        long months = 0, days = 0;
        var moved = startDate;
        if (!bothHaveDates) return (0, 0, moved);
        if (unit != Unit.Days)
        {
            months = MonthsUntil(moved, startTime, endDate, endTime);
            moved = CalendarMath.PlusMonths(moved, months);
        }
        if (unit != Unit.Months)
        {
            days = DaysUntil(moved, startTime, endDate, endTime);
            moved = CalendarMath.PlusDays(moved, days);
        }
        return (months, days, moved);
    }

    private static CypherDuration Finish(Unit unit, long months, long days, Int128 nanos) => unit switch
    {
        Unit.Months => DurationMath.Create(months, 0, 0, 0),
        Unit.Days => DurationMath.Create(0, days, 0, 0),
        _ => Split(months, days, nanos),
    };

    private static Int128 LocalNanos(DateOnly date, long nanoOfDay) =>
        (Int128)CalendarMath.EpochDay(date) * CalendarMath.NanosPerDay + nanoOfDay;

    private static CypherDuration Split(long months, long days, Int128 nanos)
    {
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
