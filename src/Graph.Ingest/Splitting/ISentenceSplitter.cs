namespace Graph.Ingest.Splitting;

/// <summary>The first stage: a document's text → its sentences with offsets. Replaceable (e.g. by a trained splitter).</summary>
public interface ISentenceSplitter
{
    IReadOnlyList<Sentence> Split(string text);
}
