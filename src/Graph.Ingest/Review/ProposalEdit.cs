namespace Graph.Ingest.Review;

/// <summary>
/// Changes an editor makes to a proposal while accepting it; null keeps the proposal's value. Endpoints are
/// "Label:id"; <see cref="Properties"/> are merged over the proposal's edge properties.
/// </summary>
public sealed record ProposalEdit
{
    public string? Type { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    public string? Evidence { get; init; }

    public string? Basis { get; init; }

    public string? Note { get; init; }
}
