namespace Graph.Core.Store;

/// <summary>Several statements that commit or roll back together.</summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
