using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing.Rules;

/// <summary>
/// A facility whose name opens with a known person's name ("Kurmangazy Center for Children’s Creativity") is
/// proposed as NAMED_AFTER that person, marked implied: the name suggests it, the text does not say it.
/// </summary>
public sealed class NamesakeRule : IFactRule
{
    public IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context)
    {
        var leaders = context.In(sentence, "Leader");
        foreach (var facility in context.In(sentence, "Facility"))
        {
            foreach (var person in leaders.Where(l => l.Start == facility.Start && l.End < facility.End))
            {
                yield return new ProposedFact("NAMED_AFTER", facility.Entity, person.Entity, sentence, "namesake")
                {
                    Basis = "implied",
                    Note = $"The facility bears the name {person.Surface}; the report does not say it is named after a person.",
                };
            }
        }
    }
}
