using Graph.Core.Store;

namespace Graph.Ingest.Review;

/// <summary>
/// The review state both proposals and candidates carry: only a pending ('proposed') item may be reviewed, and the
/// decision records status, who and when (and why, for a rejection) on the item itself.
/// </summary>
internal static class ReviewStatus
{
    public static async Task<IReadOnlyDictionary<string, object?>> PendingAsync(IGraphTransaction transaction, string label, string id, CancellationToken cancellationToken)
    {
        // The label is one of the two review labels, never input.
        var found = await transaction.RunAsync($"MATCH (p:{label} {{id: $id}}) RETURN properties(p) AS p", new Dictionary<string, object?> { ["id"] = id }, cancellationToken);
        var noun = label.ToLowerInvariant();
        if (found.Records.Count == 0 || found.Records[0]["p"] is not IReadOnlyDictionary<string, object?> item)
        {
            throw new IngestException("NOT_FOUND", $"No {noun} '{id}'.");
        }
        return item.GetValueOrDefault("status") is "proposed" ? item
            : throw new IngestException("ALREADY_REVIEWED", $"The {noun} '{id}' was already {item.GetValueOrDefault("status")}; a reviewed {noun} is not reviewed again.");
    }

    public static async Task<IReadOnlyDictionary<string, object?>> MarkAsync(IGraphTransaction transaction, string label, string id, string status, string actor, string? reason,
        Dictionary<string, object?> extra, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            $"MATCH (p:{label} {{id: $id}}) SET p.status = $status, p.reviewedBy = $actor, p.reviewedAt = datetime(), p.reason = $reason SET p += $extra RETURN properties(p) AS p",
            new Dictionary<string, object?> { ["id"] = id, ["status"] = status, ["actor"] = actor, ["reason"] = reason, ["extra"] = extra }, cancellationToken);
        return (IReadOnlyDictionary<string, object?>)result.Records[0]["p"]!;
    }

    public static ReviewOutcome Rejected(string label, string id, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after) =>
        new([$"{label}:{id}"], new Dictionary<string, object?> { [label.ToLowerInvariant()] = before }, new Dictionary<string, object?> { [label.ToLowerInvariant()] = after }) { Item = after };
}
