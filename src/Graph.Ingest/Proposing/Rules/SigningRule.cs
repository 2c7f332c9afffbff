using System.Text.RegularExpressions;
using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// "X signed/inked AGREEMENT": leaders named before the verb, or "the two leaders/presidents" (the document's two
/// protagonists), SIGNED each agreement named after it, and their states are PARTY_TO it; "the two nations inked"
/// makes the document's two states parties.
/// </summary>
public sealed partial class SigningRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        foreach (var (verbStart, verbEnd) in RuleText.Matches(Verb(), sentence))
        {
            var agreements = RuleText.After(context.In(sentence, "Agreement"), verbEnd).Select(m => m.Entity).Distinct().ToList();
            if (agreements.Count == 0) continue;
            var subject = RuleText.Between(sentence, sentence.Start, verbStart);
            var signers = RuleText.Before(context.In(sentence, "Leader"), verbStart).Select(m => m.Entity).Distinct().ToList();
            if (signers.Count == 0 && TwoLeaders().IsMatch(subject)) signers = [.. context.MainLeaders];
            var parties = signers.Select(context.StateOf).OfType<EntityRef>().ToList();
            if (TwoStates().IsMatch(subject)) parties.AddRange(context.MainStates);

            foreach (var agreement in agreements)
            {
                foreach (var signer in signers) yield return new ProposedFact("SIGNED", signer, agreement, sentence, "signing");
                foreach (var party in parties.Distinct()) yield return new ProposedFact("PARTY_TO", party, agreement, sentence, "signing");
            }
        }
    }

    [GeneratedRegex(@"\b(signed|inked|concluded)\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(two|both) (leaders|presidents|heads of state)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoLeaders();

    [GeneratedRegex(@"\b(two|both) (nations|countries|states|sides)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoStates();
}
