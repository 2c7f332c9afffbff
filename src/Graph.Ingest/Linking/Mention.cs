using Graph.Ingest.Gazetteers;
using Graph.Ingest.Splitting;

namespace Graph.Ingest.Linking;

/// <summary>A span of a sentence that names one known entity (offsets in the document's text, end exclusive).</summary>
public sealed record Mention(EntityRef Entity, Sentence Sentence, int Start, int End, string Surface, FormKind How);
