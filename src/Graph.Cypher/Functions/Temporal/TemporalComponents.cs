using Graph.Core.Values;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>Component access on temporals and durations: date.year, dt.timezone, d.minutes, ….</summary>
/// <remarks>
/// Keys match case-insensitively, as in Neo4j. A key that is not a component name, or a component the
/// value's type does not have (date.hour, localdatetime.timezone), is an error in Neo4j ("No such field",
/// "Unsupported field"), so it raises a TypeError here rather than yielding null.
/// </remarks>
internal static class TemporalComponents
{
    /// <summary>False when the value is not a temporal/duration; throws TypeError for an unknown or unsupported component.</summary>
    public static bool TryGet(object value, string key, out object? result)
    {
        switch (value)
        {
            case CypherDuration d:
                result = DurationComponent(d, key);
                return true;
            case CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime:
                result = InstantComponent(value, key);
                return true;
            default:
                result = null;
                return false;
        }
    }

    private static object InstantComponent(object value, string key)
    {
        TemporalParts.TryFrom(value, out var parts);
        var name = key.ToLowerInvariant();
        if (parts.Date is { } date && DateComponent(date, name) is { } dateValue) return dateValue;
        if (parts.NanoOfDay is { } nanoOfDay && TimeComponent(nanoOfDay, name) is { } timeValue) return timeValue;
        if (parts.Zone is not null && ZoneComponent(value, parts, name) is { } zoneValue) return zoneValue;
        if (IsInstantComponent(name))
            throw TemporalErrors.Type($"Unsupported field: {key} is not a component of a {TemporalParts.KindName(value)}");
        throw TemporalErrors.Type($"No such field: {key}");
    }

    private static object? DateComponent(DateOnly date, string name) => name switch
    {
        "year" => (long)date.Year,
        "quarter" => (long)CalendarMath.Quarter(date),
        "month" => (long)date.Month,
        "week" => (long)CalendarMath.Week(date),
        "weekyear" => (long)CalendarMath.WeekYear(date),
        "dayofquarter" or "quarterday" => (long)CalendarMath.DayOfQuarter(date),
        "day" => (long)date.Day,
        "ordinalday" => (long)date.DayOfYear,
        "dayofweek" or "weekday" => (long)CalendarMath.DayOfWeek(date),
        _ => null,
    };

    private static object? TimeComponent(long nanoOfDay, string name) => name switch
    {
        "hour" => nanoOfDay / (3600 * CalendarMath.NanosPerSecond),
        "minute" => nanoOfDay / (60 * CalendarMath.NanosPerSecond) % 60,
        "second" => nanoOfDay / CalendarMath.NanosPerSecond % 60,
        "millisecond" => nanoOfDay % CalendarMath.NanosPerSecond / 1_000_000,
        "microsecond" => nanoOfDay % CalendarMath.NanosPerSecond / 1_000,
        "nanosecond" => nanoOfDay % CalendarMath.NanosPerSecond,
        _ => null,
    };

    private static object? ZoneComponent(object value, TemporalParts parts, string name)
    {
        switch (name)
        {
            case "timezone":
                return value is CypherDateTime { Zone: { } zone } ? zone : TemporalText.Offset(parts.Offset);
            case "offset":
                return TemporalText.Offset(parts.Offset);
            case "offsetminutes":
                return (long)(parts.Offset / 60);
            case "offsetseconds":
                return (long)parts.Offset;
        }
        if (value is not CypherDateTime dt) return null;
        return name switch
        {
            "epochseconds" => ZonedMath.EpochSecond(dt),
            "epochmillis" => ZonedMath.EpochSecond(dt) * 1000 + dt.NanoOfDay % CalendarMath.NanosPerSecond / 1_000_000,
            _ => null,
        };
    }

    private static bool IsInstantComponent(string name) => name is "year" or "quarter" or "month" or "week" or "weekyear"
        or "dayofquarter" or "quarterday" or "day" or "ordinalday" or "dayofweek" or "weekday" or "hour" or "minute"
        or "second" or "millisecond" or "microsecond" or "nanosecond" or "timezone" or "offset" or "offsetminutes"
        or "offsetseconds" or "epochseconds" or "epochmillis";

    private static long DurationComponent(CypherDuration d, string key)
    {
        // Each group (months, days, seconds) is read on its own; Java's truncating / and % as in Neo4j.
        try
        {
            checked
            {
                return key.ToLowerInvariant() switch
                {
                    "years" => d.Months / 12,
                    "quarters" => d.Months / 3,
                    "months" => d.Months,
                    "monthsofyear" => d.Months % 12,
                    "monthsofquarter" => d.Months % 3,
                    "quartersofyear" => d.Months / 3 % 4,
                    "weeks" => d.Days / 7,
                    "days" => d.Days,
                    "daysofweek" => d.Days % 7,
                    "hours" => d.Seconds / 3600,
                    "minutes" => d.Seconds / 60,
                    "minutesofhour" => d.Seconds / 60 % 60,
                    "seconds" => d.Seconds,
                    "secondsofminute" => d.Seconds % 60,
                    "milliseconds" => d.Seconds * 1000 + d.Nanos / 1_000_000,
                    "millisecondsofsecond" => d.Nanos / 1_000_000,
                    "microseconds" => d.Seconds * 1_000_000 + d.Nanos / 1_000,
                    "microsecondsofsecond" => d.Nanos / 1_000,
                    "nanoseconds" => d.Seconds * CalendarMath.NanosPerSecond + d.Nanos,
                    "nanosecondsofsecond" => d.Nanos,
                    _ => throw TemporalErrors.Type($"No such field: {key}"),
                };
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }
}
