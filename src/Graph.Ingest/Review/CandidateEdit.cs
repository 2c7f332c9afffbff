namespace Graph.Ingest.Review;

/// <summary>
/// An editor's reading of a candidate. Entity candidates: the entity to create (or an existing one with that id);
/// null keeps the candidate's suggestion (label) or its text (name, and the id made from it). Mention candidates:
/// <see cref="Entity"/>, one of the alternatives as "Label:id".
/// </summary>
public sealed record CandidateEdit
{
    public string? Label { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Entity { get; init; }
}
