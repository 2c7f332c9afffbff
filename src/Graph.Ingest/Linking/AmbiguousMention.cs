using Graph.Ingest.Splitting;

namespace Graph.Ingest.Linking;

/// <summary>A span that could name several known entities: it is not guessed but offered to an editor with the alternatives.</summary>
public sealed record AmbiguousMention(Sentence Sentence, int Start, int End, string Surface, IReadOnlyList<Gazetteers.EntityRef> Alternatives);
