namespace Graph.Core.Store;

/// <summary>How transaction functions retry transient failures: exponential backoff with jitter.</summary>
public sealed record RetryPolicy(int MaxAttempts = 5, TimeSpan? InitialDelay = null, double Multiplier = 2.0, double Jitter = 0.2)
{
    public static RetryPolicy Default { get; } = new();

    public TimeSpan FirstDelay => InitialDelay ?? TimeSpan.FromMilliseconds(100);

    /// <summary>The pause before attempt <paramref name="attempt"/> (2, 3, …), jittered by ±Jitter.</summary>
    public TimeSpan DelayBefore(int attempt, Random random)
    {
        var baseMs = FirstDelay.TotalMilliseconds * Math.Pow(Multiplier, attempt - 2);
        var factor = 1 + Jitter * (2 * random.NextDouble() - 1);
        return TimeSpan.FromMilliseconds(baseMs * factor);
    }
}
