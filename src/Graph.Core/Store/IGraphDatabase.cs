namespace Graph.Core.Store;

/// <summary>
/// The one store interface both engines implement (embedded Cypher engine, Neo4j over the Query API).
/// Callers never learn which engine answered.
/// </summary>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>Runs one statement in its own transaction (auto-commit).</summary>
    Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction; dispose without commit rolls back.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default);
}
