namespace Graph.Ingest.Proposing;

/// <summary>The third stage: linked sentences → entity candidates and proposed facts. Replaceable as a whole or rule by rule.</summary>
public interface IProposer
{
    IReadOnlyList<EntityCandidate> Candidates(ProposalContext context);

    IReadOnlyList<ProposedFact> Facts(ProposalContext context);
}
