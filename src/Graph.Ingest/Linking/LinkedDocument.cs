namespace Graph.Ingest.Linking;

/// <summary>What the linking stage found in a document: mentions in text order, and the spans it would not guess.</summary>
public sealed record LinkedDocument(IReadOnlyList<Mention> Mentions, IReadOnlyList<AmbiguousMention> Ambiguous)
{
    public IEnumerable<Mention> In(Splitting.Sentence sentence) => Mentions.Where(m => m.Sentence.Number == sentence.Number);
}
