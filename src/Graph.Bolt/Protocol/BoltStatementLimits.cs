namespace Graph.Bolt.Protocol;

/// <summary>
/// What one statement may take, the same budgets as the HTTP Cypher endpoint: a time limit, a row cap and a
/// cap on the encoded size of one result. A client's own <c>tx_timeout</c> may shorten the time limit, never lengthen it.
/// </summary>
public sealed record BoltStatementLimits(TimeSpan Timeout, int MaxRows, long MaxResultBytes)
{
    public static BoltStatementLimits Default { get; } = new(TimeSpan.FromSeconds(30), 10_000, 16L * 1024 * 1024);
}
