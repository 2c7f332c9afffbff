using Graph.Core.Errors;
using Graph.Neo4j.Http;

namespace Graph.Neo4j.Retry;

/// <summary>
/// Which failures are worth another attempt. Neo4j's transient errors (deadlock, leader switch, database
/// unavailable) roll the transaction back, so the work can run again; client errors never improve with
/// time. A failure on the way to Neo4j is safe to repeat only when the work cannot have been applied:
/// a read, an uncommitted explicit transaction, or a request that never arrived.
/// </summary>
internal static class Neo4jRetryRules
{
    // Transient by code, but caused by someone ending the transaction on purpose: as Neo4j's drivers do, not retried.
    private static readonly HashSet<string> Deliberate = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    };

    /// <summary>For reads and for explicit transactions (a commit whose answer was lost is reported differently, see <see cref="Neo4jTransaction"/>).</summary>
    public static bool CanRepeatUnappliedWork(GraphException error) =>
        TransportFailure.Of(error) is not null || (error.IsTransient && !Deliberate.Contains(error.Code));

    /// <summary>For an auto-commit write (CALL … IN TRANSACTIONS): only a request that never reached Neo4j.</summary>
    public static bool NeverArrived(GraphException error) => TransportFailure.Of(error) is { MayHaveArrived: false };
}
