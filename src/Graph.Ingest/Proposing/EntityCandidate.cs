using Graph.Ingest.Splitting;

namespace Graph.Ingest.Proposing;

/// <summary>
/// A name that links to nothing known (Kind "entity", with the label its rule suggests, if any), or a name that
/// links to several (Kind "mention", with the alternatives as "Label:id"). An editor accepts or rejects it.
/// </summary>
public sealed record EntityCandidate(string Kind, string Text, string? Label, Sentence Sentence, int Start, int End, string Rule)
{
    public const string EntityKind = "entity";
    public const string MentionKind = "mention";

    public IReadOnlyList<string> Alternatives { get; init; } = [];
}
