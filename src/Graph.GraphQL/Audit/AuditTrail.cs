using Graph.Core.Store;

namespace Graph.GraphQL.Audit;

/// <summary>
/// Writes one <c>(:Change)</c> node per mutation field in the mutation's own transaction, so the record and the
/// change commit or roll back together, on either engine. <c>seq</c> orders the trail (newest first) where two
/// changes share a timestamp. Change is not a model label: no query, search or mutation of entities reaches it.
/// </summary>
internal static class AuditTrail
{
    public const string Label = "Change";

    /// <summary>Writes the record and returns its <c>seq</c>, which orders the subscription events of the change too.</summary>
    public static Task<long> RecordAsync(IGraphTransaction transaction, GraphQLCaller caller, string operation, IReadOnlyList<string> ids,
        ChangeState before, ChangeState after, CancellationToken cancellationToken) =>
        RecordShapesAsync(transaction, caller, operation, ids, before.ToAudit(), after.ToAudit(), cancellationToken);

    /// <summary>
    /// A record whose before and after are not entity/relationship states (ingestion and review of proposals keep
    /// their own shapes: the proposal, the document); it numbers no subscription events.
    /// </summary>
    public static async Task<long> RecordShapesAsync(IGraphTransaction transaction, GraphQLCaller caller, string operation, IReadOnlyList<string> ids,
        object? before, object? after, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            """
            OPTIONAL MATCH (x:Change)
            WITH coalesce(max(x.seq), 0) + 1 AS seq
            CREATE (:Change {id: randomUUID(), seq: seq, at: datetime(), actor: $actor, operation: $operation, ids: $ids, before: $before, after: $after})
            RETURN seq
            """,
            new Dictionary<string, object?>
            {
                ["actor"] = caller.Name ?? "anonymous",
                ["operation"] = operation,
                ["ids"] = ids.ToList(),
                ["before"] = AuditJson.Serialize(before),
                ["after"] = AuditJson.Serialize(after),
            },
            cancellationToken);
        // A store that answers no row (a recording stub in tests) leaves the events unnumbered.
        return result.Records.Count > 0 ? Convert.ToInt64(result.Records[0]["seq"], System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
