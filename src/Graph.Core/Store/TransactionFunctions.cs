using Graph.Core.Errors;

namespace Graph.Core.Store;

/// <summary>
/// Transaction functions: run work in a transaction, commit, and retry the whole unit when the store
/// reports a transient error (Neo.TransientError.*: deadlocks, leader switches, unavailability).
/// </summary>
public static class TransactionFunctions
{
    public static async Task<T> ExecuteAsync<T>(
        this IGraphDatabase database,
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        RetryPolicy? policy = null,
        CancellationToken cancellationToken = default)
    {
        policy ??= RetryPolicy.Default;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await database.BeginTransactionAsync(mode, cancellationToken);
                var result = await work(transaction, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (GraphException e) when (e.IsTransient && attempt < policy.MaxAttempts)
            {
                await Task.Delay(policy.DelayBefore(attempt + 1, Random.Shared), cancellationToken);
            }
        }
    }
}
