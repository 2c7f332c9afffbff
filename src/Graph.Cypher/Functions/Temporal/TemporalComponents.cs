using Graph.Core.Values;
using Graph.Cypher.Values.Temporal;

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

    private enum Field
    {
        Year, Quarter, Month, Week, WeekYear, DayOfQuarter, Day, OrdinalDay, DayOfWeek,
        Hour, Minute, Second, Millisecond, Microsecond, Nanosecond,
        Timezone, Offset, OffsetMinutes, OffsetSeconds, EpochSeconds, EpochMillis,
    }

    private static readonly Dictionary<string, Field> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = Field.Year, ["quarter"] = Field.Quarter, ["month"] = Field.Month, ["week"] = Field.Week,
        ["weekYear"] = Field.WeekYear, ["dayOfQuarter"] = Field.DayOfQuarter, ["quarterDay"] = Field.DayOfQuarter,
        ["day"] = Field.Day, ["ordinalDay"] = Field.OrdinalDay, ["dayOfWeek"] = Field.DayOfWeek, ["weekDay"] = Field.DayOfWeek,
        ["hour"] = Field.Hour, ["minute"] = Field.Minute, ["second"] = Field.Second, ["millisecond"] = Field.Millisecond,
        ["microsecond"] = Field.Microsecond, ["nanosecond"] = Field.Nanosecond, ["timezone"] = Field.Timezone,
        ["offset"] = Field.Offset, ["offsetMinutes"] = Field.OffsetMinutes, ["offsetSeconds"] = Field.OffsetSeconds,
        ["epochSeconds"] = Field.EpochSeconds, ["epochMillis"] = Field.EpochMillis,
    };

    private static object InstantComponent(object value, string key)
    {
        if (!Fields.TryGetValue(key, out var field)) throw TemporalErrors.Type($"No such field: {TemporalErrors.Clip(key)}");
        TemporalParts.TryFrom(value, out var parts);
        object? result = field switch
        {
            <= Field.DayOfWeek when parts.Date is { } date => DateComponent(date, field),
            >= Field.Hour and <= Field.Nanosecond when parts.NanoOfDay is { } nanoOfDay => TimeComponent(nanoOfDay, field),
            >= Field.Timezone when parts.Zone is not null => ZoneComponent(value, parts, field),
            _ => null,
        };
        return result ?? throw TemporalErrors.Type($"Unsupported field: {key} is not a component of a {TemporalParts.KindName(value)}");
    }

    private static long DateComponent(DateOnly date, Field field) => field switch
    {
        Field.Year => date.Year,
        Field.Quarter => CalendarMath.Quarter(date),
        Field.Month => date.Month,
        Field.Week => CalendarMath.Week(date),
        Field.WeekYear => CalendarMath.WeekYear(date),
        Field.DayOfQuarter => CalendarMath.DayOfQuarter(date),
        Field.Day => date.Day,
        Field.OrdinalDay => date.DayOfYear,
        _ => CalendarMath.DayOfWeek(date),
    };

    private static long TimeComponent(long nanoOfDay, Field field) => field switch
    {
        Field.Hour => nanoOfDay / (3600 * CalendarMath.NanosPerSecond),
        Field.Minute => nanoOfDay / (60 * CalendarMath.NanosPerSecond) % 60,
        Field.Second => nanoOfDay / CalendarMath.NanosPerSecond % 60,
        Field.Millisecond => nanoOfDay % CalendarMath.NanosPerSecond / 1_000_000,
        Field.Microsecond => nanoOfDay % CalendarMath.NanosPerSecond / 1_000,
        _ => nanoOfDay % CalendarMath.NanosPerSecond,
    };

    private static object? ZoneComponent(object value, TemporalParts parts, Field field) => field switch
    {
        Field.Timezone => value is CypherDateTime { Zone: { } zone } ? zone : TemporalText.Offset(parts.Offset),
        Field.Offset => TemporalText.Offset(parts.Offset),
        Field.OffsetMinutes => (long)(parts.Offset / 60),
        Field.OffsetSeconds => (long)parts.Offset,
        // Epoch components need a date: zoned datetimes only.
        Field.EpochSeconds when value is CypherDateTime dt => ZonedMath.EpochSecond(dt),
        Field.EpochMillis when value is CypherDateTime dt => ZonedMath.EpochSecond(dt) * 1000 + dt.NanoOfDay % CalendarMath.NanosPerSecond / 1_000_000,
        _ => null,
    };

    private static readonly Dictionary<string, int> DurationFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["years"] = 0, ["quarters"] = 1, ["months"] = 2, ["monthsOfYear"] = 3, ["monthsOfQuarter"] = 4,
        ["quartersOfYear"] = 5, ["weeks"] = 6, ["days"] = 7, ["daysOfWeek"] = 8, ["hours"] = 9, ["minutes"] = 10,
        ["minutesOfHour"] = 11, ["seconds"] = 12, ["secondsOfMinute"] = 13, ["milliseconds"] = 14,
        ["millisecondsOfSecond"] = 15, ["microseconds"] = 16, ["microsecondsOfSecond"] = 17, ["nanoseconds"] = 18,
        ["nanosecondsOfSecond"] = 19,
    };

    private static long DurationComponent(CypherDuration d, string key)
    {
        if (!DurationFields.TryGetValue(key, out var field)) throw TemporalErrors.Type($"No such field: {TemporalErrors.Clip(key)}");
        // Each group (months, days, seconds) is read on its own, with Java's truncating / and % as in Neo4j.
        try
        {
            checked
            {
                return field switch
                {
                    0 => d.Months / 12,
                    1 => d.Months / 3,
                    2 => d.Months,
                    3 => d.Months % 12,
                    4 => d.Months % 3,
                    5 => d.Months / 3 % 4,
                    6 => d.Days / 7,
                    7 => d.Days,
                    8 => d.Days % 7,
                    9 => d.Seconds / 3600,
                    10 => d.Seconds / 60,
                    11 => d.Seconds / 60 % 60,
                    12 => d.Seconds,
                    13 => d.Seconds % 60,
                    14 => d.Seconds * 1000 + d.Nanos / 1_000_000,
                    15 => d.Nanos / 1_000_000,
                    16 => d.Seconds * 1_000_000 + d.Nanos / 1_000,
                    17 => d.Nanos / 1_000,
                    18 => d.Seconds * CalendarMath.NanosPerSecond + d.Nanos,
                    _ => d.Nanos,
                };
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("long overflow");
        }
    }
}
