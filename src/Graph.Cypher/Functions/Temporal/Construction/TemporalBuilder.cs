using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// Builds temporal instants from maps, from other temporals (date(datetime), datetime({date: d, time: t}))
/// and from the clock, following the manual's rules ("Temporal functions - instant types"): smaller
/// components default to their minimum; a selected date/time/datetime supplies defaults that explicit
/// components override; selecting a zoned value and overriding its timezone keeps the instant, while a
/// local value just takes the given zone; the default zone is UTC.
/// </summary>
internal static class TemporalBuilder
{
    public static TemporalZone DefaultZone => TemporalZone.Utc;

    /// <summary>date(x), time(x), … with a map, a temporal to convert, or text to parse.</summary>
    public static object? FromArgument(TemporalKind kind, object? argument, DateTimeOffset clock) => argument switch
    {
        null => null,
        string text => Parse(kind, text, clock),
        IReadOnlyDictionary<string, object?> map => FromMap(kind, map, clock),
        _ when TemporalParts.TryFrom(argument, out _) => Convert(kind, argument, clock),
        _ => throw TemporalErrors.Type($"Invalid input for function '{FunctionName(kind)}()': expected a String, a Map or a temporal value but was a {TemporalParts.KindName(argument)}"),
    };

    public static object Parse(TemporalKind kind, string text, DateTimeOffset clock) => kind switch
    {
        TemporalKind.Date => TemporalParser.ParseDate(text),
        TemporalKind.LocalTime => TemporalParser.ParseLocalTime(text),
        TemporalKind.Time => TemporalParser.ParseTime(text, DefaultZone, clock),
        TemporalKind.LocalDateTime => TemporalParser.ParseLocalDateTime(text),
        _ => TemporalParser.ParseDateTime(text, DefaultZone),
    };

    /// <summary>The current instant of the statement clock, seen in a zone (default UTC).</summary>
    public static object Now(TemporalKind kind, DateTimeOffset clock, TemporalZone zone)
    {
        var now = ZonedMath.Now(clock, zone);
        return kind switch
        {
            TemporalKind.Date => new CypherDate(now.Date),
            TemporalKind.LocalTime => new CypherLocalTime(now.NanoOfDay),
            TemporalKind.Time => new CypherTime(now.NanoOfDay, now.OffsetSeconds),
            TemporalKind.LocalDateTime => new CypherLocalDateTime(now.Date, now.NanoOfDay),
            _ => now,
        };
    }

    /// <summary>date(dd) = date({date: dd}), time(tt) = time({time: tt}), datetime(x) = datetime({datetime: x}).</summary>
    public static object Convert(TemporalKind kind, object value, DateTimeOffset clock)
    {
        var fields = new TemporalFields { Count = 1 };
        switch (kind)
        {
            case TemporalKind.Date: fields.DateSource = value; break;
            case TemporalKind.LocalTime or TemporalKind.Time: fields.TimeSource = value; break;
            default: fields.DateTimeSource = value; break;
        }
        return Build(kind, fields, clock);
    }

    public static object FromMap(TemporalKind kind, IReadOnlyDictionary<string, object?> map, DateTimeOffset clock) =>
        Build(kind, TemporalFields.Read(map, FunctionName(kind)), clock);

    public static object Build(TemporalKind kind, TemporalFields f, DateTimeOffset clock)
    {
        var function = FunctionName(kind);
        if (f.Count == 0)
            throw TemporalErrors.Argument($"{function}() needs at least one component in its map; call {function}() without arguments for the current value");
        if (f.OnlyTimezone) return Now(kind, clock, TemporalZone.Parse(f.Timezone!));
        if (f.Timezone is not null && !kind.HasZone())
            throw TemporalErrors.Argument($"Cannot assign a time zone to a {kind.Name()} when also assigning other fields");
        if (f.EpochSeconds is not null || f.EpochMillis is not null) return FromEpochFields(kind, f);

        CheckAllowed(kind, f, function);

        // Selected values supply defaults.
        DateOnly? baseDate = null;
        long? baseTime = null;
        TemporalZone? sourceZone = null;
        var sourceOffset = 0;
        if (f.DateTimeSource is { } dtSource)
        {
            var parts = Parts(dtSource, "datetime", function);
            if (parts.Date is null) throw SelectionError("datetime", dtSource, function);
            baseDate = parts.Date;
            baseTime = parts.NanoOfDay ?? 0;
            sourceZone = parts.Zone;
            sourceOffset = parts.Offset;
        }
        if (f.DateSource is { } dSource)
        {
            var parts = Parts(dSource, "date", function);
            baseDate = parts.Date ?? throw SelectionError("date", dSource, function);
        }
        if (f.TimeSource is { } tSource)
        {
            var parts = Parts(tSource, "time", function);
            baseTime = parts.NanoOfDay ?? throw SelectionError("time", tSource, function);
            sourceZone = parts.Zone;
            sourceOffset = parts.Offset;
        }

        var date = kind.HasDate() ? ResolveDate(f, baseDate, function) : default;
        var nanoOfDay = kind.HasTime() ? ResolveTime(f, baseTime, function) : 0;

        switch (kind)
        {
            case TemporalKind.Date:
                return new CypherDate(date);
            case TemporalKind.LocalTime:
                return new CypherLocalTime(nanoOfDay);
            case TemporalKind.LocalDateTime:
                return new CypherLocalDateTime(date, nanoOfDay);
            case TemporalKind.Time:
            {
                if (f.Timezone is null)
                    return new CypherTime(nanoOfDay, sourceZone is null ? OffsetNow(DefaultZone, clock) : sourceOffset);
                var target = TemporalZone.Parse(f.Timezone);
                var targetOffset = OffsetNow(target, clock);
                return sourceZone is null
                    ? new CypherTime(nanoOfDay, targetOffset)
                    : ZonedMath.WithOffsetSameInstant(new CypherTime(nanoOfDay, sourceOffset), targetOffset);
            }
            default:
            {
                if (f.Timezone is null)
                    return ZonedMath.FromLocal(date, nanoOfDay, sourceZone ?? DefaultZone, sourceZone is null ? null : sourceOffset);
                var target = TemporalZone.Parse(f.Timezone);
                if (sourceZone is not { } zone) return ZonedMath.FromLocal(date, nanoOfDay, target);
                // A zoned source with a new zone: same point in time, shown in the new zone.
                var atSource = ZonedMath.FromLocal(date, nanoOfDay, zone, sourceOffset);
                return ZonedMath.InZone(atSource, target);
            }
        }
    }

    public static string FunctionName(TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "date",
        TemporalKind.LocalTime => "localtime",
        TemporalKind.Time => "time",
        TemporalKind.LocalDateTime => "localdatetime",
        _ => "datetime",
    };

    private static int OffsetNow(TemporalZone zone, DateTimeOffset clock) =>
        zone.Rules is null ? zone.FixedOffset : zone.OffsetAt(clock.ToUnixTimeSeconds());

    /// <summary>A selected value that is no temporal at all is an ArgumentError in Neo4j (cannotConstructTemporal); one lacking the part is a TypeError.</summary>
    private static TemporalParts Parts(object value, string key, string function) =>
        TemporalParts.TryFrom(value, out var parts)
            ? parts
            : throw TemporalErrors.Argument($"{function}(): cannot construct a temporal from '{key}': {TemporalParts.KindName(value)} is not a temporal value");

    private static Graph.Core.Errors.GraphException SelectionError(string key, object value, string function) =>
        TemporalErrors.Type($"{function}(): cannot select '{key}' from a {TemporalParts.KindName(value)}");

    private static void CheckAllowed(TemporalKind kind, TemporalFields f, string function)
    {
        if (!kind.HasDate() && (f.HasDateFields || f.DateSource is not null || f.DateTimeSource is not null))
            throw TemporalErrors.Argument($"{function}() does not accept date components");
        if (!kind.HasTime() && (f.HasTimeFields || f.TimeSource is not null || f.DateTimeSource is not null))
            throw TemporalErrors.Argument($"{function}() does not accept time components");
        if (f.DateSource is not null && f.DateTimeSource is not null)
            throw TemporalErrors.Argument($"{function}() cannot select both 'date' and 'datetime'");
        if (f.TimeSource is not null && f.DateTimeSource is not null)
            throw TemporalErrors.Argument($"{function}() cannot select both 'time' and 'datetime'");
    }

    private static DateOnly ResolveDate(TemporalFields f, DateOnly? baseDate, string function)
    {
        var calendar = f.Month is not null || f.Day is not null;
        var week = f.Week is not null || f.DayOfWeek is not null;
        var quarter = f.Quarter is not null || f.DayOfQuarter is not null;
        var ordinal = f.OrdinalDay is not null;
        if ((calendar ? 1 : 0) + (week ? 1 : 0) + (quarter ? 1 : 0) + (ordinal ? 1 : 0) > 1)
            throw TemporalErrors.Argument($"{function}(): cannot mix calendar, week, quarter and ordinal-day components");

        if (baseDate is { } b)
        {
            if (week) return CalendarMath.FromWeek(f.Year ?? CalendarMath.WeekYear(b), f.Week ?? CalendarMath.Week(b), f.DayOfWeek ?? CalendarMath.DayOfWeek(b));
            if (quarter) return CalendarMath.FromQuarter(f.Year ?? b.Year, f.Quarter ?? CalendarMath.Quarter(b), f.DayOfQuarter ?? CalendarMath.DayOfQuarter(b));
            if (ordinal) return CalendarMath.FromOrdinal(f.Year ?? b.Year, f.OrdinalDay!.Value);
            if (calendar || f.Year is not null) return CalendarMath.FromCalendar(f.Year ?? b.Year, f.Month ?? b.Month, f.Day ?? b.Day);
            return b;
        }

        if (f.Year is not { } year)
            throw TemporalErrors.Argument($"{function}(): year must be specified");
        if (week)
        {
            if (f.Week is null) throw TemporalErrors.Argument($"{function}(): dayOfWeek cannot be specified without week");
            return CalendarMath.FromWeek(year, f.Week.Value, f.DayOfWeek ?? 1);
        }
        if (quarter)
        {
            if (f.Quarter is null) throw TemporalErrors.Argument($"{function}(): dayOfQuarter cannot be specified without quarter");
            return CalendarMath.FromQuarter(year, f.Quarter.Value, f.DayOfQuarter ?? 1);
        }
        if (ordinal) return CalendarMath.FromOrdinal(year, f.OrdinalDay!.Value);
        if (f.Day is not null && f.Month is null) throw TemporalErrors.Argument($"{function}(): day cannot be specified without month");
        return CalendarMath.FromCalendar(year, f.Month ?? 1, f.Day ?? 1);
    }

    private static long ResolveTime(TemporalFields f, long? baseTime, string function)
    {
        if (baseTime is { } b)
        {
            var hour = f.Hour ?? b / (3600 * CalendarMath.NanosPerSecond);
            var minute = f.Minute ?? b / (60 * CalendarMath.NanosPerSecond) % 60;
            var second = f.Second ?? b / CalendarMath.NanosPerSecond % 60;
            var nanos = f.HasSubSecond ? f.SubSecondNanos(b % CalendarMath.NanosPerSecond) : b % CalendarMath.NanosPerSecond;
            return CalendarMath.NanoOfDay(hour, minute, second, nanos);
        }
        // Only the smallest components may be left out (hour and second without minute is not allowed).
        if (f.Minute is not null && f.Hour is null) throw TemporalErrors.Argument($"{function}(): minute cannot be specified without hour");
        if (f.Second is not null && f.Minute is null) throw TemporalErrors.Argument($"{function}(): second cannot be specified without minute");
        if (f.HasSubSecond && f.Second is null)
            throw TemporalErrors.Argument($"{function}(): millisecond, microsecond and nanosecond cannot be specified without second");
        return CalendarMath.NanoOfDay(f.Hour ?? 0, f.Minute ?? 0, f.Second ?? 0, f.HasSubSecond ? f.SubSecondNanos() : 0);
    }

    private static CypherDateTime FromEpochFields(TemporalKind kind, TemporalFields f)
    {
        if (kind != TemporalKind.DateTime)
            throw TemporalErrors.Argument($"{FunctionName(kind)}() does not accept epochSeconds or epochMillis");
        if (f.EpochSeconds is not null && f.EpochMillis is not null)
            throw TemporalErrors.Argument("datetime(): cannot specify both epochSeconds and epochMillis");
        var extra = f.Count - 1 - (f.Timezone is null ? 0 : 1) - (f.Nanosecond is null ? 0 : 1);
        if (extra > 0 || f.Millisecond is not null || f.Microsecond is not null)
            throw TemporalErrors.Argument("datetime(): epochSeconds and epochMillis can only be combined with nanosecond and timezone");
        var zone = f.Timezone is null ? DefaultZone : TemporalZone.Parse(f.Timezone);
        var extraNanos = f.Nanosecond ?? 0;
        return f.EpochSeconds is { } seconds
            ? Epoch.FromSeconds(seconds, extraNanos, zone)
            : Epoch.FromMillis(f.EpochMillis!, extraNanos, zone);
    }
}
