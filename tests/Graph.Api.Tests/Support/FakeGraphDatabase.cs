using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Tests.Support;

/// <summary>
/// A store stand-in for host tests: answers from a table of statements and records the access mode
/// and parameters each call got. Like both real engines, it refuses a write in Read mode before
/// running it (Neo.ClientError.Statement.AccessMode).
/// </summary>
internal sealed class FakeGraphDatabase : IGraphDatabase
{
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, object?>, CancellationToken, Task<QueryResult>>> _answers = new(StringComparer.Ordinal);

    public List<(string Statement, IReadOnlyDictionary<string, object?>? Parameters, AccessMode Mode)> Calls { get; } = [];

    public int WritesExecuted { get; private set; }

    public FakeGraphDatabase()
    {
        Answer("RETURN 1 AS ok", Result(["ok"], [1L]));
    }

    public void Answer(string statement, QueryResult result) => _answers[statement] = (_, _) => Task.FromResult(result);

    public void Answer(string statement, Func<IReadOnlyDictionary<string, object?>, CancellationToken, Task<QueryResult>> answer) => _answers[statement] = answer;

    public static QueryResult Result(string[] columns, params object?[][] rows) =>
        new(columns, rows.Select(r => new Graph.Core.Store.Record(columns, r)).ToList(), QueryCounters.None);

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        lock (Calls) Calls.Add((statement, parameters, mode));
        if (statement.Contains("CREATE", StringComparison.Ordinal))
        {
            if (mode == AccessMode.Read)
                throw new GraphException(ErrorCodes.AccessMode, "Writing in read access mode not allowed. Attempted write to the database 'neo4j'.", ErrorPhase.Compile);
            WritesExecuted++;
            return new QueryResult([], [], new QueryCounters(NodesCreated: 1));
        }
        if (_answers.TryGetValue(statement, out var answer)) return await answer(parameters ?? new Dictionary<string, object?>(), cancellationToken);
        throw new GraphException(ErrorCodes.SyntaxError, $"Invalid input '{statement}'", ErrorPhase.Compile, line: 1, column: 1);
    }

    /// <summary>The record limit of each RunLimitedAsync call, in order.</summary>
    public List<int> RecordLimits { get; } = [];

    public async Task<QueryResult> RunLimitedAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, int maxRecords, CancellationToken cancellationToken = default)
    {
        lock (RecordLimits) RecordLimits.Add(maxRecords);
        return (await RunAsync(statement, parameters, mode, cancellationToken)).Limit(maxRecords);
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The host never opens explicit transactions.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
