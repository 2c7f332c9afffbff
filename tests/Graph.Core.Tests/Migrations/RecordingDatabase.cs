using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Core.Tests.Migrations;

/// <summary>A fake store that records statements and keeps the __Migration nodes the runner writes.</summary>
internal sealed class RecordingDatabase : IGraphDatabase
{
    private readonly Dictionary<string, string> _migrations = new(StringComparer.Ordinal);

    public List<string> Statements { get; } = [];

    public Dictionary<string, string> AppliedAt { get; } = new(StringComparer.Ordinal);

    /// <summary>A statement containing this text fails with a syntax error at line 2, column 3.</summary>
    public string? FailOn { get; init; }

    public IReadOnlyDictionary<string, string> Migrations => _migrations;

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        if (statement.StartsWith("MATCH (m:__Migration)", StringComparison.Ordinal))
        {
            string[] columns = ["name", "checksum"];
            var records = _migrations.Select(m => new Graph.Core.Store.Record(columns, [m.Key, m.Value])).ToArray();
            return Task.FromResult(new QueryResult(columns, records, QueryCounters.None));
        }
        if (statement.StartsWith("MERGE (m:__Migration", StringComparison.Ordinal))
        {
            var name = (string)parameters!["name"]!;
            _migrations[name] = (string)parameters["checksum"]!;
            AppliedAt[name] = (string)parameters["appliedAt"]!;
            return Task.FromResult(QueryResult.Empty);
        }
        if (FailOn is not null && statement.Contains(FailOn, StringComparison.Ordinal))
        {
            throw new GraphException(ErrorCodes.SyntaxError, "Invalid input", ErrorPhase.Compile, 2, 3);
        }
        Statements.Add(statement);
        return Task.FromResult(QueryResult.Empty);
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The migration runner runs statements one by one.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
