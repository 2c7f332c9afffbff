using Graph.Core.Store;

namespace Graph.GraphQL.Tests.Support;

/// <summary>An IGraphDatabase decorator that records every statement; without an inner store it answers nothing.</summary>
internal sealed class RecordingGraphDatabase(IGraphDatabase? inner = null) : IGraphDatabase
{
    private readonly List<(string Statement, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode)> _calls = [];

    public IReadOnlyList<(string Statement, IReadOnlyDictionary<string, object?> Parameters, AccessMode Mode)> Calls
    {
        get
        {
            lock (_calls) return _calls.ToList();
        }
    }

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        lock (_calls) _calls.Add((statement, parameters ?? new Dictionary<string, object?>(), mode));
        return inner?.RunAsync(statement, parameters, mode, cancellationToken) ?? Task.FromResult(QueryResult.Empty);
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The GraphQL layer runs single statements only.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
