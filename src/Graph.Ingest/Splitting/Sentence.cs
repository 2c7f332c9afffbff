namespace Graph.Ingest.Splitting;

/// <summary>A sentence of a document: its 1-based number and where it lies in the document's text (end exclusive).</summary>
public sealed record Sentence(int Number, int Start, int End, string Text)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
