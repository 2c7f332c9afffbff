namespace Graph.Core.Store;

/// <summary>The outcome of one statement: column names, rows and what it changed.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<Record> Records, QueryCounters Counters)
{
    public static QueryResult Empty { get; } = new([], [], QueryCounters.None);
}
