using System.Text.RegularExpressions;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>"AGREEMENT … establishing ORGANIZATION": each agreement named before the verb ESTABLISHES each organization after it.</summary>
public sealed partial class EstablishingRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        foreach (var (verbStart, verbEnd) in RuleText.Matches(Verb(), sentence))
        {
            var organizations = RuleText.After(context.In(sentence, "Organization"), verbEnd).Select(m => m.Entity).Distinct();
            var agreements = RuleText.Before(context.In(sentence, "Agreement"), verbStart).Select(m => m.Entity).Distinct().ToList();
            foreach (var organization in organizations)
            {
                foreach (var agreement in agreements) yield return new ProposedFact("ESTABLISHES", agreement, organization, sentence, "establishing");
            }
        }
    }

    [GeneratedRegex(@"\b(establishing|establishes|established|to establish|creating|setting up)\b")]
    private static partial Regex Verb();
}
