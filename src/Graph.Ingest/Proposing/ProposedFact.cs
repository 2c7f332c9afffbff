using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing;

/// <summary>
/// A relationship a sentence appears to state, waiting for an editor: it becomes a fact only when accepted.
/// <see cref="Properties"/> are the edge's own values (role, volumeUsd, …); provenance is the sentence.
/// </summary>
public sealed record ProposedFact(string Type, EntityRef From, EntityRef To, Sentence Sentence, string Rule)
{
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    /// <summary>'implied' when the sentence only suggests the fact; then <see cref="Note"/> says why.</summary>
    public string? Basis { get; init; }

    public string? Note { get; init; }
}
