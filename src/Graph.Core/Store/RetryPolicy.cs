namespace Graph.Core.Store;

/// <summary>
/// How transient failures are retried: exponential backoff with jitter, bounded both by attempts and by
/// the total time spent retrying. Bound from configuration (e.g. <c>Graph:Neo4j:Retry</c>).
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    /// <summary>One attempt, no retry.</summary>
    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The pause before the second attempt; later pauses grow by <see cref="Multiplier"/>.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public double Multiplier { get; init; } = 2.0;

    /// <summary>Each pause is moved at random by up to this fraction, so clients that failed together do not retry together.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>No single pause is longer than this.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>No retry starts once this much time has passed since the first attempt began.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The pause before attempt <paramref name="attempt"/> (2, 3, …), capped by <see cref="MaxDelay"/>, jittered by ±Jitter.</summary>
    public TimeSpan DelayBefore(int attempt, Random random)
    {
        var exponent = Math.Max(0, attempt - 2);
        var baseMs = Math.Min(InitialDelay.TotalMilliseconds * Math.Pow(Math.Max(1.0, Multiplier), exponent), MaxDelay.TotalMilliseconds);
        var factor = 1 + Math.Clamp(Jitter, 0, 1) * (2 * random.NextDouble() - 1);
        return TimeSpan.FromMilliseconds(Math.Max(0, Math.Min(baseMs * factor, MaxDelay.TotalMilliseconds)));
    }
}
