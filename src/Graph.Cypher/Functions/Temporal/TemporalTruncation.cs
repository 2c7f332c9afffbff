using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// date.truncate, datetime.truncate, localdatetime.truncate, time.truncate and localtime.truncate: every
/// component smaller than the unit goes to its minimum, then an optional map overrides smaller components
/// (manual: "Truncating temporal values"). A timezone in the map replaces the zone without converting the
/// time; a value without a zone gets the default zone (UTC).
/// </summary>
internal static class TemporalTruncation
{
    private enum Unit
    {
        Microsecond = 15, Millisecond = 20, Second = 30, Minute = 40, Hour = 50, Day = 60, Week = 70,
        Month = 80, Quarter = 85, WeekYear = 95, Year = 100, Decade = 110, Century = 120, Millennium = 130,
    }

    private static readonly Dictionary<string, Unit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["microsecond"] = Unit.Microsecond, ["millisecond"] = Unit.Millisecond, ["second"] = Unit.Second,
        ["minute"] = Unit.Minute, ["hour"] = Unit.Hour, ["day"] = Unit.Day, ["week"] = Unit.Week,
        ["month"] = Unit.Month, ["quarter"] = Unit.Quarter, ["weekYear"] = Unit.WeekYear, ["year"] = Unit.Year,
        ["decade"] = Unit.Decade, ["century"] = Unit.Century, ["millennium"] = Unit.Millennium,
    };

    public static object? Truncate(TemporalKind kind, IReadOnlyList<object?> args, DateTimeOffset clock)
    {
        var function = TemporalBuilder.FunctionName(kind) + ".truncate";
        if (args[0] is null) return null;
        if (args[0] is not string unitText)
            throw TemporalErrors.Type($"{function}(): the unit must be a String, but was a {TemporalParts.KindName(args[0])}");
        if (!Units.TryGetValue(unitText, out var unit))
            throw TemporalErrors.Argument($"{function}(): unsupported unit '{unitText}'");

        var input = args.Count > 1 ? args[1] : TemporalBuilder.Now(kind, clock, TemporalBuilder.DefaultZone);
        if (input is null) return null;
        IReadOnlyDictionary<string, object?>? overrides = null;
        if (args.Count > 2 && args[2] is not null)
            overrides = args[2] as IReadOnlyDictionary<string, object?>
                ?? throw TemporalErrors.Type($"{function}(): the fields must be a Map, but was a {TemporalParts.KindName(args[2])}");

        if (!TemporalParts.TryFrom(input, out var parts))
            throw TemporalErrors.Type($"{function}(): cannot truncate a {TemporalParts.KindName(input)}");
        if (kind.HasDate() && parts.Date is null)
            throw TemporalErrors.Argument($"{function}(): cannot truncate a {TemporalParts.KindName(input)} to a {kind.Name()}");
        if (!kind.HasDate() && unit > Unit.Day)
            throw TemporalErrors.Argument($"{function}(): unit '{unitText}' is not supported for a {kind.Name()}");
        if (kind == TemporalKind.Date && unit < Unit.Day)
            throw TemporalErrors.Argument($"{function}(): unit '{unitText}' is not supported for a Date");
        if (kind.HasTime() && unit < Unit.Day && parts.NanoOfDay is null)
            throw TemporalErrors.Argument($"{function}(): cannot truncate a {TemporalParts.KindName(input)} to unit '{unitText}'");

        var date = parts.Date is { } d ? TruncateDate(d, unit) : default;
        var nanoOfDay = TruncateTime(parts.NanoOfDay ?? 0, unit);

        // Overrides are applied like a builder map over the truncated value, keeping the local fields.
        var fields = overrides is null ? new TemporalFields() : TemporalFields.Read(overrides, function);
        CheckOverrides(fields, unit, function);
        var zone = fields.Timezone is not null ? TemporalZone.Parse(fields.Timezone)
            : parts.Zone ?? TemporalBuilder.DefaultZone;
        fields.Timezone = null;
        if (kind.HasDate()) fields.DateSource = new CypherDate(date);
        if (kind.HasTime()) fields.TimeSource = new CypherLocalTime(nanoOfDay);
        fields.Count++;
        var local = TemporalBuilder.Build(kind switch
        {
            TemporalKind.Time => TemporalKind.LocalTime,
            TemporalKind.DateTime => TemporalKind.LocalDateTime,
            _ => kind,
        }, fields, clock);

        return (kind, local) switch
        {
            (TemporalKind.Time, CypherLocalTime t) => new CypherTime(t.NanoOfDay,
                zone.Rules is null ? zone.FixedOffset : OffsetFor(zone, parts, clock)),
            (TemporalKind.DateTime, CypherLocalDateTime dt) => ZonedMath.FromLocal(dt.Date, dt.NanoOfDay, zone,
                parts.Zone == zone ? parts.Offset : null),
            _ => local,
        };
    }

    private static int OffsetFor(TemporalZone zone, TemporalParts parts, DateTimeOffset clock) =>
        parts.Zone == zone ? parts.Offset : zone.OffsetAt(clock.ToUnixTimeSeconds());

    private static DateOnly TruncateDate(DateOnly date, Unit unit) => unit switch
    {
        Unit.Millennium => CalendarMath.FromCalendar(Math.Max(1, CalendarMath.FloorDiv(date.Year, 1000) * 1000), 1, 1),
        Unit.Century => CalendarMath.FromCalendar(Math.Max(1, CalendarMath.FloorDiv(date.Year, 100) * 100), 1, 1),
        Unit.Decade => CalendarMath.FromCalendar(Math.Max(1, CalendarMath.FloorDiv(date.Year, 10) * 10), 1, 1),
        Unit.Year => new DateOnly(date.Year, 1, 1),
        Unit.WeekYear => CalendarMath.FromWeek(CalendarMath.WeekYear(date), 1, 1),
        Unit.Quarter => new DateOnly(date.Year, (CalendarMath.Quarter(date) - 1) * 3 + 1, 1),
        Unit.Month => new DateOnly(date.Year, date.Month, 1),
        Unit.Week => date.AddDays(1 - CalendarMath.DayOfWeek(date)),
        _ => date,
    };

    private static long TruncateTime(long nanoOfDay, Unit unit) => unit switch
    {
        >= Unit.Day => 0,
        Unit.Hour => nanoOfDay - nanoOfDay % (3600 * CalendarMath.NanosPerSecond),
        Unit.Minute => nanoOfDay - nanoOfDay % (60 * CalendarMath.NanosPerSecond),
        Unit.Second => nanoOfDay - nanoOfDay % CalendarMath.NanosPerSecond,
        Unit.Millisecond => nanoOfDay - nanoOfDay % 1_000_000,
        _ => nanoOfDay - nanoOfDay % 1_000,
    };

    /// <summary>Manual: "Any component that is provided in fields must be smaller than unit".</summary>
    private static void CheckOverrides(TemporalFields f, Unit unit, string function)
    {
        if (f.DateSource is not null || f.TimeSource is not null || f.DateTimeSource is not null || f.EpochMillis is not null || f.EpochSeconds is not null)
            throw TemporalErrors.Argument($"{function}(): the fields map may only hold components smaller than the unit");
        Check(f.Year, Unit.Year);
        Check(f.Quarter, Unit.Quarter);
        Check(f.Month, Unit.Month);
        Check(f.Week, Unit.Week);
        Check(f.Day ?? f.DayOfWeek ?? f.DayOfQuarter ?? f.OrdinalDay, Unit.Day);
        Check(f.Hour, Unit.Hour);
        Check(f.Minute, Unit.Minute);
        Check(f.Second, Unit.Second);
        Check(f.Millisecond, Unit.Millisecond);
        Check(f.Microsecond, Unit.Microsecond);

        void Check(long? value, Unit component)
        {
            if (value is not null && component >= unit)
                throw TemporalErrors.Argument($"{function}(): a component given in the fields map must be smaller than the unit");
        }
    }
}
