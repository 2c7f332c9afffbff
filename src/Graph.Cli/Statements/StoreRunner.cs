using Graph.Core.Store;

namespace Graph.Cli.Statements;

/// <summary>Statements run on a store this process opened (embedded data directory, memory, or Neo4j).</summary>
internal sealed class StoreRunner(IGraphDatabase database, string description) : IStatementRunner
{
    public string Description { get; } = description;

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        database.RunAsync(statement, parameters, AccessMode.Write, cancellationToken);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
