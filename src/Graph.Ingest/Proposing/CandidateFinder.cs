using System.Text.RegularExpressions;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing;

/// <summary>
/// Names that link to nothing: "Ministry of …", "… Council", "Memorandum on …", titled persons ("Prime Minister
/// Olzhas Bektenov") and other capitalised spans, each with the label its wording suggests. Spans that overlap a
/// linked or ambiguous mention, single words opening a sentence, months and titles alone are left out.
/// </summary>
public sealed partial class CandidateFinder
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "This", "These", "That", "Those", "In", "On", "At", "As", "By", "For", "From", "During", "After", "Before", "According",
        "Both", "He", "She", "It", "They", "We", "Their", "His", "Her", "Its", "Also", "But", "And", "Or", "While", "When", "Meanwhile", "However",
        "President", "Presidents", "Minister", "Ministers", "Prime", "Foreign", "Head", "Heads", "Republic", "Republics", "MoU", "MoUs", "Mr", "Mrs",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly (string Head, string Label)[] Heads =
    [
        ("Ministry", "Ministry"), ("Council", "Organization"), ("Agency", "Organization"), ("Fund", "Organization"), ("Foundation", "Organization"),
        ("Committee", "Organization"), ("Bank", "Organization"), ("Union", "Organization"), ("Organization", "Organization"),
        ("Declaration", "Agreement"), ("Protocol", "Agreement"), ("Program", "Agreement"), ("Programme", "Agreement"), ("Agreement", "Agreement"),
        ("Treaty", "Agreement"), ("Memorandum", "Agreement"), ("Charter", "Agreement"),
        ("Center", "Facility"), ("Centre", "Facility"), ("Road", "Facility"), ("Airport", "Facility"), ("Port", "Facility"), ("Bridge", "Facility"), ("Palace", "Facility"),
        ("Forum", "Event"), ("Summit", "Event"), ("Festival", "Event"), ("Days", "Event"), ("Games", "Event"),
    ];

    public IReadOnlyList<EntityCandidate> Find(ProposalContext context)
    {
        var found = new List<EntityCandidate>();
        foreach (var sentence in context.Sentences)
        {
            var taken = context.Links.In(sentence).Select(m => (m.Start, m.End))
                .Concat(context.Links.Ambiguous.Where(a => a.Sentence.Number == sentence.Number).Select(a => (a.Start, a.End))).ToList();
            foreach (var (regex, rule, label) in Rules)
            {
                foreach (Match match in regex.Matches(sentence.Text))
                {
                    var value = match.Groups["name"].Success ? match.Groups["name"] : (Group)match;
                    var (start, end) = Trim(sentence, sentence.Start + value.Index, sentence.Start + value.Index + value.Length);
                    if (end <= start || taken.Any(t => t.Start < end && start < t.End)) continue;
                    var text = RuleTextOf(sentence, start, end);
                    if (!Keep(text, start == sentence.Start)) continue;
                    found.Add(new EntityCandidate(EntityCandidate.EntityKind, text, label ?? Guess(text), sentence, start, end, rule));
                    taken.Add((start, end));
                }
            }
        }
        return found;
    }

    private static IEnumerable<(Regex, string, string?)> Rules =>
    [
        (Ministry(), "ministry", "Ministry"),
        (Memorandum(), "memorandum", "Agreement"),
        (TitledPerson(), "titled-person", "Leader"),
        (Council(), "council", "Organization"),
        (Capitalised(), "capitalised", null),
    ];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "on", "and", "the" };

    /// <summary>Drops common words (The, During, President …) and the connectors after them from the span's start.</summary>
    private static (int Start, int End) Trim(Sentence sentence, int start, int end)
    {
        var text = RuleTextOf(sentence, start, end);
        var offset = 0;
        foreach (var word in text.Split(' '))
        {
            var bare = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
            if (!Common.Contains(bare) && !Connectors.Contains(word)) break;
            offset += word.Length + 1;
        }
        return (Math.Min(start + offset, end), end);
    }

    private static string RuleTextOf(Sentence sentence, int start, int end) => sentence.Text[(start - sentence.Start)..(end - sentence.Start)];

    private static bool Keep(string text, bool opensSentence)
    {
        if (text.Length < 3 || !char.IsUpper(text[0])) return false;
        var single = !text.Contains(' ', StringComparison.Ordinal);
        if (single && (opensSentence || Common.Contains(text))) return false;
        // Agency codes in a dateline (TDI, AP) are bylines, not entities.
        return !(single && text.Length <= 4 && text.All(char.IsUpper));
    }

    private static string? Guess(string text)
    {
        var words = text.Split(' ');
        foreach (var (head, label) in Heads)
        {
            if (words[^1] == head || words[0] == head) return label;
        }
        return null;
    }

    [GeneratedRegex(@"\bMinistry (of|for) (the )?[A-Z][\w-]*(( and| of| for)? [A-Z][\w-]*)*")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"\bMemorandum (of [Uu]nderstanding )?(on|of) [\w -]+?(?=[,.;:]| between\b| with\b| was\b| were\b| signed\b|$)")]
    private static partial Regex Memorandum();

    [GeneratedRegex(@"\b(President|Prime Minister|Foreign Minister|Minister of [A-Z][\w]*(?: [A-Z][\w]*)*|Minister|Ambassador|Chairman) (?<name>[A-Z][\w-]+(?: [A-Z][\w-]+){1,2})")]
    private static partial Regex TitledPerson();

    [GeneratedRegex(@"\b[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|on|and|the)){0,6} Council\b")]
    private static partial Regex Council();

    [GeneratedRegex(@"\b[A-Z][\w’'-]*(?:(?: (?:of|for|on|the|and))* [A-Z][\w’'-]*)*")]
    private static partial Regex Capitalised();
}
