using System.Text.RegularExpressions;
using Graph.Core.Values;

namespace Graph.ManualRunner;

/// <summary>
/// Temporal cells compared by value. Some tables were printed by older Neo4j versions, whose text differs from
/// today's <c>toString</c> (<c>12:50:35.556000000</c> for <c>12:50:35.556</c>, <c>01:42:19.000000000+00:00</c> for
/// <c>01:42:19Z</c>, <c>"11:44:00Z"</c> in quotes for the time <c>11:44Z</c>). In a column where our answer holds a
/// temporal value (or a list of them), each temporal text of the manual's cell, quoted or not, is brought to one
/// form (seconds always, no trailing fraction zeros, a zero offset as Z), and so is ours: the cell matches when
/// both name the same temporal. Strings and every other column are compared as before.
/// </summary>
internal static partial class TemporalCells
{
    public static bool IsTemporal(object? value) => value switch
    {
        DateOnly or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime => true,
        System.Collections.IEnumerable list and not string and not IReadOnlyDictionary<string, object?> => list.Cast<object?>().Any(IsTemporal),
        _ => false,
    };

    /// <summary>The cell's text with every temporal literal (quotes dropped) in the one form.</summary>
    public static string Normalize(string cell) => Literal().Replace(cell, m =>
    {
        var text = m.Groups["date"].Value + m.Groups["t"].Value;
        if (m.Groups["time"].Success)
        {
            var seconds = m.Groups["seconds"].Success ? m.Groups["seconds"].Value : ":00";
            var fraction = m.Groups["fraction"].Value.TrimEnd('0');
            text += m.Groups["hm"].Value + seconds + (fraction.Length > 1 ? fraction : "");
        }
        var offset = m.Groups["offset"].Value;
        text += offset is "+00:00" or "-00:00" ? "Z" : offset;
        return text + m.Groups["zone"].Value;
    });

    // A date, a time, or both with T; then an optional offset and zone id; optionally in quotes of either kind.
    [GeneratedRegex(@"[""']?(?:(?<date>\d{4}-\d{2}-\d{2})(?:(?<t>T)(?<time>(?<hm>(?<![\d:])\d{2}:\d{2})(?<seconds>:\d{2})?(?<fraction>\.\d{1,9})?))?|(?<time>(?<hm>(?<![\d:])\d{2}:\d{2})(?<seconds>:\d{2})?(?<fraction>\.\d{1,9})?))(?<offset>Z|[+-]\d{2}:\d{2})?(?<zone>\[[^\]]+\])?[""']?")]
    private static partial Regex Literal();
}
