using System.Globalization;
using Graph.Core.Errors;

namespace Graph.Core.Store;

/// <summary>
/// Runs a unit of work again after a failure the caller calls retryable, pausing as the policy says,
/// until it succeeds, fails for good, or the attempts or the time budget run out. Giving up keeps the
/// last failure's code and says how long it tried. Time comes from a <see cref="TimeProvider"/> so tests
/// drive the pauses without sleeping.
/// </summary>
public sealed class Retrier
{
    private readonly Func<GraphException, bool> _isRetryable;
    private readonly TimeProvider _time;
    private readonly Random _random;

    public Retrier(RetryPolicy policy, Func<GraphException, bool>? isRetryable = null, TimeProvider? time = null, Random? random = null)
    {
        Policy = policy;
        _isRetryable = isRetryable ?? (e => e.IsTransient);
        _time = time ?? TimeProvider.System;
        _random = random ?? Random.Shared;
    }

    public RetryPolicy Policy { get; }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (GraphException e) when (_isRetryable(e) && !cancellationToken.IsCancellationRequested)
            {
                var elapsed = _time.GetElapsedTime(started);
                if (attempt >= Policy.MaxAttempts) throw GaveUp(e, attempt, elapsed);
                var delay = Policy.DelayBefore(attempt + 1, _random);
                if (elapsed + delay > Policy.MaxRetryTime) throw GaveUp(e, attempt, elapsed);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static GraphException GaveUp(GraphException last, int attempts, TimeSpan elapsed)
    {
        if (attempts == 1) return last;
        var seconds = elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return new GraphException(last.Code, $"{last.Message} (gave up after {attempts} attempts over {seconds} s)", last.Phase, last.Line, last.Column, last);
    }
}
