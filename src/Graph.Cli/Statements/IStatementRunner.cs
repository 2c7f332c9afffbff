using Graph.Core.Store;

namespace Graph.Cli.Statements;

/// <summary>Where the shell and scripts send a statement: a store opened here, or a running service.</summary>
internal interface IStatementRunner : IAsyncDisposable
{
    /// <summary>Said once when the shell starts: what the statements run against.</summary>
    string Description { get; }

    Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
