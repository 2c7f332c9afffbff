using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Ingest.Linking;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>Small text helpers the rules share: offsets are the document's, as mentions carry them.</summary>
internal static class RuleText
{
    /// <summary>The sentence's text between two document offsets.</summary>
    public static string Between(Sentence sentence, int from, int to) =>
        from >= to ? "" : sentence.Text[Math.Max(0, from - sentence.Start)..Math.Min(sentence.Text.Length, to - sentence.Start)];

    public static IEnumerable<(int Start, int End)> Matches(Regex regex, Sentence sentence) =>
        regex.Matches(sentence.Text).Select(m => (sentence.Start + m.Index, sentence.Start + m.Index + m.Length));

    public static IEnumerable<Mention> Before(IEnumerable<Mention> mentions, int offset) => mentions.Where(m => m.Start < offset);

    public static IEnumerable<Mention> After(IEnumerable<Mention> mentions, int offset) => mentions.Where(m => m.Start >= offset);

    /// <summary>"$500 million" → 500000000; "1.2 billion" → 1200000000.</summary>
    public static double Money(string number, string? scale) =>
        double.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) * (scale?.ToLowerInvariant() switch
        {
            "thousand" => 1e3,
            "million" or "mln" => 1e6,
            "billion" or "bln" => 1e9,
            "trillion" => 1e12,
            _ => 1,
        });
}
