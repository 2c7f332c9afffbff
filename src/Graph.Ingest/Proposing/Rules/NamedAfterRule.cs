using System.Text.RegularExpressions;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// "… named/titled after PERSON (or him/her)" → (Facility)-[:NAMED_AFTER]->(Leader). The facility is the one named
/// before the phrase, else the one known facility whose name holds the person's name ("a roadway titled after him"
/// → Heydar Aliyev road). A pronoun stands for the one person the sentence names.
/// </summary>
public sealed partial class NamedAfterRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        foreach (Match match in Phrase().Matches(sentence.Text))
        {
            var at = sentence.Start + match.Index;
            var after = sentence.Start + match.Index + match.Length;
            var leaders = context.In(sentence, "Leader");
            var person = RuleText.After(leaders, after).FirstOrDefault(m => m.Start - after <= 2)?.Entity
                ?? (match.Groups["pronoun"].Success && leaders.Select(m => m.Entity).Distinct().ToList() is [var only] ? only : null);
            if (person is null) continue;
            var facility = RuleText.Before(context.In(sentence, "Facility"), at).LastOrDefault()?.Entity ?? NamedFor(person, context);
            if (facility is not null) yield return new ProposedFact("NAMED_AFTER", facility, person, sentence, "named-after");
        }
    }

    private static EntityRef? NamedFor(EntityRef person, ProposalContext context) =>
        context.Gazetteer.Find(person) is { } known
        && context.Gazetteer.OfLabel("Facility").Where(f => f.Name.Contains(known.Name, StringComparison.Ordinal)).ToList() is [var facility]
            ? facility.Ref
            : null;

    [GeneratedRegex(@"\b(named|titled|called) (after|for)\b(\s+(?<pronoun>him|her)\b)?")]
    private static partial Regex Phrase();
}
