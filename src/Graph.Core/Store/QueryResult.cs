namespace Graph.Core.Store;

/// <summary>The outcome of one statement: column names, rows and what it changed.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<Record> Records, QueryCounters Counters)
{
    public static QueryResult Empty { get; } = new([], [], QueryCounters.None);

    /// <summary>True when the statement had more rows than a record limit let through (<see cref="IGraphDatabase.RunLimitedAsync"/>).</summary>
    public bool HasMore { get; init; }

    /// <summary>This result with at most <paramref name="maxRecords"/> records, saying whether any were left out.</summary>
    public QueryResult Limit(int maxRecords)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRecords);
        return Records.Count <= maxRecords ? this : this with { Records = Records.Take(maxRecords).ToList(), HasMore = true };
    }
}
