using Graph.Core.Store;

namespace Graph.Neo4j;

/// <summary>How to reach Neo4j's Query API (Neo4j 5.26+, Aura). Bound from Graph:Neo4j.</summary>
public sealed class Neo4jOptions
{
    /// <summary>The HTTP endpoint, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO / Aura); used instead of basic auth when set.</summary>
    public string? BearerToken { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How reads, writes (run as transaction functions) and migrations retry transient failures
    /// (Graph:Neo4j:Retry:MaxAttempts, InitialDelay, MaxDelay, MaxRetryTime, Multiplier, Jitter).
    /// </summary>
    public RetryPolicy Retry { get; set; } = new();
}
