namespace Graph.Core.Store;

/// <summary>
/// Transaction functions: run work in a transaction, commit, and retry the whole unit when the store
/// reports a transient error (Neo.TransientError.*: deadlocks, leader switches, unavailability). The
/// work may run more than once, so it must not have effects outside the transaction.
/// </summary>
public static class TransactionFunctions
{
    public static Task<T> ExecuteAsync<T>(
        this IGraphDatabase database,
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        RetryPolicy? policy = null,
        CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(mode, work, new Retrier(policy ?? RetryPolicy.Default), cancellationToken);

    /// <summary>With a retrier that decides which failures are worth another attempt (an engine knows best).</summary>
    public static Task<T> ExecuteAsync<T>(
        this IGraphDatabase database,
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        Retrier retrier,
        CancellationToken cancellationToken = default) =>
        retrier.RunAsync(async ct =>
        {
            await using var transaction = await database.BeginTransactionAsync(mode, ct).ConfigureAwait(false);
            var result = await work(transaction, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }, cancellationToken);
}
