using Graph.Core.Store;

namespace Graph.GraphQL.Audit;

/// <summary>
/// Writes one <c>(:Change)</c> node per mutation field in the mutation's own transaction, so the record and the
/// change commit or roll back together, on either engine. <c>seq</c> orders the trail (newest first) where two
/// changes share a timestamp. <c>seq</c> comes from one counter node bumped as the record's first write: its write lock
/// is held to commit, so numbers follow commit order across service instances and a rolled-back number is taken again
/// (readers see no gap). Change is not a model label: no query, search or mutation of entities reaches it.
/// </summary>
internal static class AuditTrail
{
    public const string Label = "Change";

    /// <summary>The counter node's label (not a model label either).</summary>
    public const string CounterLabel = "_AuditSeq";

    /// <summary>Writes the record and returns its <c>seq</c>, which orders the subscription events of the change too.</summary>
    /// <summary>
    /// Writes the record with the change's subscription events (<paramref name="events"/>, JSON) and the instance
    /// that made it, so other instances of the service can publish them (<see cref="Subscriptions.ChangePoller"/>).
    /// </summary>
    public static Task<long> RecordAsync(IGraphTransaction transaction, GraphQLCaller caller, string operation, IReadOnlyList<string> ids,
        ChangeState before, ChangeState after, string instance, string events, CancellationToken cancellationToken) =>
        WriteAsync(transaction, caller, operation, ids, before.ToAudit(), after.ToAudit(), instance, events, cancellationToken);

    /// <summary>
    /// A record whose before and after are not entity/relationship states (ingestion and review of proposals keep
    /// their own shapes: the proposal, the document); it numbers no subscription events.
    /// </summary>
    public static Task<long> RecordShapesAsync(IGraphTransaction transaction, GraphQLCaller caller, string operation, IReadOnlyList<string> ids,
        object? before, object? after, CancellationToken cancellationToken) =>
        WriteAsync(transaction, caller, operation, ids, before, after, null, null, cancellationToken);

    private static async Task<long> WriteAsync(IGraphTransaction transaction, GraphQLCaller caller, string operation, IReadOnlyList<string> ids,
        object? before, object? after, string? instance, string? events, CancellationToken cancellationToken)
    {
        // The counter's SET comes first and reads the property it writes, so it runs under the node's write lock;
        // a store whose records predate the counter continues above their largest seq.
        var result = await transaction.RunAsync(
            """
            MERGE (counter:_AuditSeq {id: 0})
            SET counter.seq = coalesce(counter.seq, 0) + 1
            WITH counter
            OPTIONAL MATCH (x:Change) WHERE x.seq >= counter.seq
            WITH counter, max(x.seq) AS taken
            SET counter.seq = CASE WHEN taken IS NULL THEN counter.seq ELSE taken + 1 END
            WITH counter.seq AS seq
            CREATE (:Change {id: randomUUID(), seq: seq, at: datetime(), actor: $actor, operation: $operation, ids: $ids, before: $before, after: $after,
              instance: $instance, events: $events})
            RETURN seq
            """,
            new Dictionary<string, object?>
            {
                ["actor"] = caller.Name ?? "anonymous",
                ["operation"] = operation,
                ["ids"] = ids.ToList(),
                ["before"] = AuditJson.Serialize(before),
                ["after"] = AuditJson.Serialize(after),
                ["instance"] = instance,
                ["events"] = events,
            },
            cancellationToken);
        // A store that answers no row (a recording stub in tests) leaves the events unnumbered.
        return result.Records.Count > 0 ? Convert.ToInt64(result.Records[0]["seq"], System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
