using System.Collections.Concurrent;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// A time zone as Cypher knows it: a fixed UTC offset, or a named IANA zone whose offset depends on the
/// instant. Named zones come from TimeZoneInfo (IANA ids on Linux); a space in a name stands for '_'
/// (Neo4j accepts 'America/Los Angeles').
/// </summary>
internal readonly record struct TemporalZone(int FixedOffset, TimeZoneInfo? Rules, string? Name)
{
    public const int MaxOffsetSeconds = 18 * 3600;

    private static readonly ConcurrentDictionary<string, (TimeZoneInfo Rules, string Id)> NamedZones = new(StringComparer.Ordinal);

    public static TemporalZone Utc => new(0, null, null);

    public static TemporalZone Fixed(int offsetSeconds) => new(offsetSeconds, null, null);

    /// <summary>Parses 'Z', an offset (±HH, ±HHMM, ±HH:MM, ±HH:MM:SS) or a zone name.</summary>
    public static TemporalZone Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw TemporalErrors.UnknownZone(text);
        var pos = 0;
        if (TryParseOffset(trimmed, ref pos, out var offset) && pos == trimmed.Length)
            return Fixed(offset);
        if (trimmed[0] is '+' or '-')
            throw TemporalErrors.UnknownZone(text);
        return Named(trimmed.Replace(' ', '_'));
    }

    public static TemporalZone Named(string name)
    {
        if (NamedZones.TryGetValue(name, out var cached)) return new TemporalZone(0, cached.Rules, cached.Id);
        // Only plausible IANA ids reach the system lookup (it reads files named after the id); only found
        // zones are cached, so unknown names cannot grow the cache. Neo4j reads zone names case-insensitively
        // and shows the canonical spelling.
        if (!IsPlausibleZoneId(name)) throw TemporalErrors.UnknownZone(name);
        var rules = Find(name);
        var id = rules is not null && string.Equals(rules.Id, name, StringComparison.OrdinalIgnoreCase) ? rules.Id : name;
        if (rules is null || HasLowerCaseRegion(id))
        {
            // Listing every zone is slow (about a second), so it only runs for a spelling not found as given.
            var canonical = Canonical(name);
            if (!string.Equals(canonical, name, StringComparison.Ordinal))
            {
                rules = Find(canonical);
                id = canonical;
            }
        }
        if (rules is null)
            throw TemporalErrors.UnknownZone(name);
        NamedZones.TryAdd(name, (rules, id));
        return new TemporalZone(0, rules, id);
    }

    private static readonly Lazy<Dictionary<string, string>> CanonicalIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones()) ids.TryAdd(zone.Id, zone.Id);
        return ids;
    });

    private static string Canonical(string name) => CanonicalIds.Value.TryGetValue(name, out var id) ? id : name;

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>IANA regions are capitalised ("Europe/…"); a lower-case one was matched loosely and needs the canonical spelling.</summary>
    private static bool HasLowerCaseRegion(string name) => char.IsAsciiLetterLower(name[0]);

    private static bool IsPlausibleZoneId(string name)
    {
        if (name.Length is 0 or > 64 || name[0] == '/' || name.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')) return false;
        }
        return true;
    }

    /// <summary>The zone a zoned datetime value carries.</summary>
    public static TemporalZone Of(int offsetSeconds, string? zoneName) =>
        zoneName is null ? Fixed(offsetSeconds) : Named(zoneName);

    /// <summary>Reads Z or ±HH[[:]MM[[:]SS]] at pos; false (pos unchanged) when no offset starts there.</summary>
    public static bool TryParseOffset(string s, ref int pos, out int seconds)
    {
        seconds = 0;
        if (pos >= s.Length) return false;
        if (s[pos] is 'Z' or 'z') { pos++; return true; }
        if (s[pos] is not ('+' or '-')) return false;
        var sign = s[pos] == '-' ? -1 : 1;
        var p = pos + 1;
        if (!TwoDigits(s, p, out var hours)) return false;
        p += 2;
        var minutes = 0;
        var secs = 0;
        var colon = p < s.Length && s[p] == ':';
        if (TwoDigits(s, colon ? p + 1 : p, out var m))
        {
            minutes = m;
            p += colon ? 3 : 2;
            var colon2 = p < s.Length && s[p] == ':';
            if (colon2 == colon && TwoDigits(s, colon2 ? p + 1 : p, out var sec))
            {
                secs = sec;
                p += colon2 ? 3 : 2;
            }
        }
        else if (colon)
        {
            return false;
        }
        if (minutes > 59 || secs > 59) return false;
        var total = hours * 3600 + minutes * 60 + secs;
        if (total > MaxOffsetSeconds) return false;
        seconds = sign * total;
        pos = p;
        return true;
    }

    private static bool TwoDigits(string s, int p, out int value)
    {
        value = 0;
        if (p + 1 >= s.Length || !char.IsAsciiDigit(s[p]) || !char.IsAsciiDigit(s[p + 1])) return false;
        value = (s[p] - '0') * 10 + (s[p + 1] - '0');
        return true;
    }

    /// <summary>The offset in force at an instant.</summary>
    public int OffsetAt(long epochSecond)
    {
        if (Rules is null) return FixedOffset;
        var clamped = Math.Clamp(epochSecond, -62135596800L, 253402300799L);
        var utc = DateTime.UnixEpoch.AddSeconds(clamped);
        return (int)Rules.GetUtcOffset(utc).TotalSeconds;
    }

    /// <summary>
    /// The offset for a local date-time, following java.time (which Neo4j uses): in an overlap the preferred
    /// offset if valid, else the earlier one; in a gap the local time moves forward by the gap's length.
    /// </summary>
    public (DateOnly Date, long NanoOfDay, int Offset) Resolve(DateOnly date, long nanoOfDay, int? preferredOffset = null)
    {
        if (Rules is null) return (date, nanoOfDay, FixedOffset);
        var localSecond = CalendarMath.EpochDay(date) * CalendarMath.SecondsPerDay + nanoOfDay / CalendarMath.NanosPerSecond;
        var before = OffsetAt(localSecond - CalendarMath.SecondsPerDay);
        var after = OffsetAt(localSecond + CalendarMath.SecondsPerDay);
        var beforeValid = OffsetAt(localSecond - before) == before;
        var afterValid = OffsetAt(localSecond - after) == after;
        if (beforeValid && afterValid)
        {
            if (before == after) return (date, nanoOfDay, before);
            if (preferredOffset == before || preferredOffset == after) return (date, nanoOfDay, preferredOffset.Value);
            return (date, nanoOfDay, Math.Max(before, after));
        }
        if (beforeValid) return (date, nanoOfDay, before);
        if (afterValid) return (date, nanoOfDay, after);
        // Gap: keep the instant the pre-transition offset gives, shown with the post-transition offset.
        var shifted = CalendarMath.PlusNanos(date, nanoOfDay, (Int128)(after - before) * CalendarMath.NanosPerSecond);
        return (shifted.Date, shifted.NanoOfDay, after);
    }

    /// <summary>True when the offset is one the zone uses at that local date-time.</summary>
    public bool Accepts(DateOnly date, long nanoOfDay, int offset)
    {
        if (Rules is null) return offset == FixedOffset;
        var localSecond = CalendarMath.EpochDay(date) * CalendarMath.SecondsPerDay + nanoOfDay / CalendarMath.NanosPerSecond;
        return OffsetAt(localSecond - offset) == offset;
    }
}
