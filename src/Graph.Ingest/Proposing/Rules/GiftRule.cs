using System.Text.RegularExpressions;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>"FACILITY … is a gift from X to Y" → GIFT_FROM X and GIFT_TO Y, states named directly or by demonym ("the Kazakh people").</summary>
public sealed partial class GiftRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        if (Gift().Match(sentence.Text) is not { Success: true } match) yield break;
        var gift = sentence.Start + match.Index;
        var to = sentence.Start + match.Groups["to"].Index;
        if (RuleText.Before(context.In(sentence, "Facility"), gift).LastOrDefault() is not { } facility) yield break;
        var states = context.In(sentence, "State");
        if (states.FirstOrDefault(s => s.Start > gift && s.End <= to) is { } giver)
        {
            var fact = new ProposedFact("GIFT_FROM", facility.Entity, giver.Entity, sentence, "gift");
            yield return giver.How == Gazetteers.FormKind.Demonym && Regex.IsMatch(RuleText.Between(sentence, giver.End, to), @"^\s+people\b")
                ? fact with { Note = $"The report says the gift is from the {giver.Surface} people." }
                : fact;
        }
        if (states.FirstOrDefault(s => s.Start >= to) is { } receiver) yield return new ProposedFact("GIFT_TO", facility.Entity, receiver.Entity, sentence, "gift");
    }

    [GeneratedRegex(@"\bgift from\b.*?(?<to>\bto\b)")]
    private static partial Regex Gift();
}
