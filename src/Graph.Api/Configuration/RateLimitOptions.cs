namespace Graph.Api.Configuration;

/// <summary>
/// Per-client request budget, bound from <c>Graph:RateLimit</c>: at most <see cref="PermitLimit"/> requests
/// per <see cref="WindowSeconds"/> for each signed-in name (or API key name), else each remote address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Graph:RateLimit";

    /// <summary>Requests per window and client; 0 turns the limiter off.</summary>
    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests over the limit that wait for the next window instead of being refused at once.</summary>
    public int QueueLimit { get; set; }
}
