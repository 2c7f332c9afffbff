using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Linking;

/// <summary>The second stage: sentences → mentions of known entities. Replaceable (e.g. by a statistical tagger plus the gazetteer).</summary>
public interface IMentionLinker
{
    LinkedDocument Link(IReadOnlyList<Sentence> sentences, Gazetteer gazetteer, DateOnly? date);
}
