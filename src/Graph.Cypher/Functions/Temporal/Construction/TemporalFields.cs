using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Temporal;

/// <summary>
/// The components a temporal map may hold (date({year: 1984, week: 10}), datetime({date: d, hour: 12,
/// timezone: 'Europe/Stockholm'}), …), read once with Neo4j's checks: known keys only, integer values.
/// Keys match case-insensitively, as Neo4j's field lookup does.
/// </summary>
internal sealed class TemporalFields
{
    private enum Key
    {
        Year, Month, Day, Week, DayOfWeek, Quarter, DayOfQuarter, OrdinalDay,
        Hour, Minute, Second, Millisecond, Microsecond, Nanosecond,
        Timezone, Date, Time, DateTime, EpochSeconds, EpochMillis,
    }

    private static readonly Dictionary<string, Key> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = Key.Year, ["month"] = Key.Month, ["day"] = Key.Day, ["week"] = Key.Week,
        ["dayOfWeek"] = Key.DayOfWeek, ["quarter"] = Key.Quarter, ["dayOfQuarter"] = Key.DayOfQuarter,
        ["ordinalDay"] = Key.OrdinalDay, ["hour"] = Key.Hour, ["minute"] = Key.Minute, ["second"] = Key.Second,
        ["millisecond"] = Key.Millisecond, ["microsecond"] = Key.Microsecond, ["nanosecond"] = Key.Nanosecond,
        ["timezone"] = Key.Timezone, ["date"] = Key.Date, ["time"] = Key.Time, ["datetime"] = Key.DateTime,
        ["epochSeconds"] = Key.EpochSeconds, ["epochMillis"] = Key.EpochMillis,
    };

    public long? Year, Month, Day, Week, DayOfWeek, Quarter, DayOfQuarter, OrdinalDay;
    public long? Hour, Minute, Second, Millisecond, Microsecond, Nanosecond;
    public string? Timezone;
    public object? DateSource, TimeSource, DateTimeSource;
    public object? EpochSeconds, EpochMillis;
    public int Count;

    public bool HasDateFields => Year is not null || Month is not null || Day is not null || Week is not null
        || DayOfWeek is not null || Quarter is not null || DayOfQuarter is not null || OrdinalDay is not null;

    public bool HasTimeFields => Hour is not null || Minute is not null || Second is not null || HasSubSecond;

    public bool HasSubSecond => Millisecond is not null || Microsecond is not null || Nanosecond is not null;

    public bool OnlyTimezone => Count == 1 && Timezone is not null;

    public static TemporalFields Read(IReadOnlyDictionary<string, object?> map, string function)
    {
        var fields = new TemporalFields();
        foreach (var (name, value) in map)
        {
            if (!Keys.TryGetValue(name, out var key))
                throw TemporalErrors.Argument($"No such field: {TemporalErrors.Clip(name)} (in {function})");
            if (value is null) continue;
            fields.Count++;
            switch (key)
            {
                case Key.Timezone:
                    fields.Timezone = value as string ?? throw TemporalErrors.Type($"timezone must be a String, but was a {TemporalParts.KindName(value)}");
                    break;
                case Key.Date: fields.DateSource = value; break;
                case Key.Time: fields.TimeSource = value; break;
                case Key.DateTime: fields.DateTimeSource = value; break;
                case Key.EpochSeconds: fields.EpochSeconds = Number(name, value); break;
                case Key.EpochMillis: fields.EpochMillis = Number(name, value); break;
                default: fields.Set(key, Integer(name, value)); break;
            }
        }
        return fields;
    }

    /// <summary>Nano-of-second from millisecond/microsecond/nanosecond; combined, each must be 0..999 (manual).</summary>
    public long SubSecondNanos()
    {
        var given = (Millisecond is null ? 0 : 1) + (Microsecond is null ? 0 : 1) + (Nanosecond is null ? 0 : 1);
        if (given > 1)
        {
            if (Microsecond is { } us) CalendarMath.Check(us, 0, 999, "MicroOfMilli");
            if (Nanosecond is { } ns) CalendarMath.Check(ns, 0, 999, "NanoOfMicro");
        }
        var ms = Millisecond is { } m ? CalendarMath.Check(m, 0, 999, "MilliOfSecond") : 0;
        var micro = Microsecond is { } u ? CalendarMath.Check(u, 0, 999_999, "MicroOfSecond") : 0;
        var nano = Nanosecond is { } n ? CalendarMath.Check(n, 0, 999_999_999, "NanoOfSecond") : 0;
        return ms * 1_000_000L + micro * 1_000L + nano;
    }

    /// <summary>
    /// Sub-second overrides on a selected or truncated value. A millisecond replaces the whole fraction; a
    /// lone microsecond or nanosecond small enough to be "of the millisecond/microsecond" keeps the base's
    /// larger digits (manual: time.truncate('millisecond', t, {nanosecond: 2}) gives 12:31:14.645000002).
    /// </summary>
    public long SubSecondNanos(long baseNanos)
    {
        if (Millisecond is not null) return SubSecondNanos();
        if (Microsecond is { } us)
        {
            var kept = us is >= 0 and < 1000 ? baseNanos - baseNanos % 1_000_000 : 0;
            return kept + SubSecondNanos();
        }
        var ns = Nanosecond!.Value;
        var keep = ns switch
        {
            >= 0 and < 1000 => baseNanos - baseNanos % 1000,
            >= 1000 and < 1_000_000 => baseNanos - baseNanos % 1_000_000,
            _ => 0,
        };
        return keep + SubSecondNanos();
    }

    private void Set(Key key, long value)
    {
        switch (key)
        {
            case Key.Year: Year = value; break;
            case Key.Month: Month = value; break;
            case Key.Day: Day = value; break;
            case Key.Week: Week = value; break;
            case Key.DayOfWeek: DayOfWeek = value; break;
            case Key.Quarter: Quarter = value; break;
            case Key.DayOfQuarter: DayOfQuarter = value; break;
            case Key.OrdinalDay: OrdinalDay = value; break;
            case Key.Hour: Hour = value; break;
            case Key.Minute: Minute = value; break;
            case Key.Second: Second = value; break;
            case Key.Millisecond: Millisecond = value; break;
            case Key.Microsecond: Microsecond = value; break;
            default: Nanosecond = value; break;
        }
    }

    private static long Integer(string name, object value) => value switch
    {
        long l => l,
        int i => i,
        _ => throw TemporalErrors.Type($"{name} must be an integer value, but was a {TemporalParts.KindName(value)}"),
    };

    private static object Number(string name, object value) => value switch
    {
        long or double => value,
        int i => (long)i,
        _ => throw TemporalErrors.Type($"{name} must be a number, but was a {TemporalParts.KindName(value)}"),
    };
}
