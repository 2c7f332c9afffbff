namespace Graph.Ingest.Review;

/// <summary>
/// What a review did, for the caller's audit record: the nodes it touched ("Label:id") and the state before and
/// after (the proposal or candidate, and the fact or entity it became).
/// </summary>
public sealed record ReviewOutcome(IReadOnlyList<string> Touched, IReadOnlyDictionary<string, object?> Before, IReadOnlyDictionary<string, object?> After)
{
    /// <summary>The proposal or candidate as it now stands.</summary>
    public required IReadOnlyDictionary<string, object?> Item { get; init; }
}
