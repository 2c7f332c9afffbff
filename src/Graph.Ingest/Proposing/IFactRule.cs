using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing;

/// <summary>One relationship pattern of the seed ("met with", "signed", "gift from … to", …) as a rule over a linked sentence.</summary>
public interface IFactRule
{
    IEnumerable<ProposedFact> Propose(Sentence sentence, ProposalContext context);
}
