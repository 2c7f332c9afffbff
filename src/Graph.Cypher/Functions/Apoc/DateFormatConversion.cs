using System.Globalization;
using System.Text;
using Graph.Core.Values;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Functions.Apoc;

/// <summary>
/// <c>apoc.date.convertFormat(text, from, to)</c>: the text read in one format and printed in another. Formats are
/// APOC's named ISO formats (<c>iso_offset_date_time</c>, <c>iso_zoned_date_time</c>, <c>iso_local_date</c>, …, with or
/// without the <c>iso_</c> prefix) or a Java pattern of the common letters (y u M d H m s S, quoted text, X offsets).
/// Reading is the engine's ISO temporal parser, which accepts every ISO text those named formats print.
/// </summary>
internal static class DateFormatConversion
{
    public static string Convert(string text, string from, string to)
    {
        _ = from; // Every ISO form is recognised from the text itself; a pattern's letters only shape the output.
        var value = Read(text);
        return Named(to.ToLowerInvariant().Replace("iso_", "", StringComparison.Ordinal), value) ?? Pattern(to, value);
    }

    private static CypherDateTime Read(string text)
    {
        try
        {
            if (!text.Contains('T', StringComparison.OrdinalIgnoreCase))
            {
                var date = TemporalParser.ParseDate(text);
                return new CypherDateTime(date.Value, 0, 0, null);
            }

            return TemporalParser.ParseDateTime(text, TemporalZone.Utc);
        }
        catch (Core.Errors.GraphException)
        {
            throw CypherErrors.Argument($"Text '{text}' could not be parsed");
        }
    }

    private static string? Named(string name, CypherDateTime v) => name switch
    {
        "offset_date_time" => LocalText(v) + TemporalText.Offset(v.OffsetSeconds),
        "zoned_date_time" or "date_time" => v.ToString(),
        "local_date_time" => LocalText(v),
        "local_date" or "date" => TemporalText.Date(v.Date),
        "offset_date" => TemporalText.Date(v.Date) + TemporalText.Offset(v.OffsetSeconds),
        "local_time" or "time" => TemporalText.Time(v.NanoOfDay),
        "offset_time" => TemporalText.Time(v.NanoOfDay) + TemporalText.Offset(v.OffsetSeconds),
        "instant" => Instant(v),
        "basic_date" => v.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string LocalText(CypherDateTime v) => TemporalText.Date(v.Date) + "T" + TemporalText.Time(v.NanoOfDay);

    private static string Instant(CypherDateTime v)
    {
        var local = v.Date.ToDateTime(TimeOnly.MinValue).AddTicks(v.NanoOfDay / 100).AddSeconds(-v.OffsetSeconds);
        var nanos = (DateOnly.FromDateTime(local), (long)local.TimeOfDay.Ticks * 100 + v.NanoOfDay % 100);
        return TemporalText.Date(nanos.Item1) + "T" + TemporalText.Time(nanos.Item2) + "Z";
    }

    // Java DateTimeFormatter letters, runs of one letter at a time; quoted text is literal.
    private static string Pattern(string pattern, CypherDateTime v)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c) run++;
            if (c == '\'')
            {
                var close = pattern.IndexOf('\'', i + 1);
                if (close < 0) throw CypherErrors.Argument($"Unknown date format: {pattern}");
                text.Append(close == i + 1 ? "'" : pattern[(i + 1)..close]);
                i = close + 1;
                continue;
            }

            if (char.IsAsciiLetter(c)) text.Append(Field(c, run, v, pattern));
            else text.Append(c, run);
            i += run;
        }

        return text.ToString();
    }

    private static string Field(char letter, int width, CypherDateTime v, string pattern)
    {
        var nanos = v.NanoOfDay % TemporalText.NanosPerSecond;
        var second = v.NanoOfDay / TemporalText.NanosPerSecond;
        return letter switch
        {
            'y' or 'u' => width == 2 ? (v.Date.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : v.Date.Year.ToString("D" + width, CultureInfo.InvariantCulture),
            'M' => Number(v.Date.Month, width),
            'd' => Number(v.Date.Day, width),
            'H' => Number(second / 3600, width),
            'm' => Number(second / 60 % 60, width),
            's' => Number(second % 60, width),
            'S' => nanos.ToString("D9", CultureInfo.InvariantCulture)[..Math.Min(width, 9)],
            'X' => TemporalText.Offset(v.OffsetSeconds),
            'x' => v.OffsetSeconds == 0 ? "+00:00" : TemporalText.Offset(v.OffsetSeconds),
            _ => throw CypherErrors.Argument($"Unknown pattern letter: {letter} in {pattern}"),
        };
    }

    private static string Number(long value, int width) => value.ToString("D" + width, CultureInfo.InvariantCulture);
}
