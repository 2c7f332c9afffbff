using Graph.Ingest.Linking;
using Graph.Ingest.Proposing;
using Graph.Ingest.Splitting;

namespace Graph.Ingest;

/// <summary>The stages' findings for one text, before anything is written.</summary>
public sealed record Analysis(IReadOnlyList<Sentence> Sentences, LinkedDocument Links, IReadOnlyList<EntityCandidate> Candidates, IReadOnlyList<ProposedFact> Facts);
