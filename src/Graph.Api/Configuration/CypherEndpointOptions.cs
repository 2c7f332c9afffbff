namespace Graph.Api.Configuration;

/// <summary>
/// Limits of the analysts' read-only <c>/cypher</c> endpoint, bound from <c>Graph:Cypher</c>. Together they
/// bound what the endpoint can hold at once: at most <see cref="MaxConcurrentQueries"/> statements, each
/// keeping at most <see cref="MaxRows"/> rows (the engine stops producing more) and an answer of at most
/// <see cref="MaxResponseBytes"/>.
/// </summary>
public sealed class CypherEndpointOptions
{
    public const string Section = "Graph:Cypher";

    /// <summary>Rows returned at most; the answer says when it was cut.</summary>
    public int MaxRows { get; set; } = 10_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest answer body, in bytes: rows that would pass it are left out and the answer says it was cut.</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Statements running at once; beyond it (after <see cref="QueueTimeout"/>) a request is answered 503 with Retry-After.</summary>
    public int MaxConcurrentQueries { get; set; } = 4;

    /// <summary>How long a request waits for a free slot before the 503; zero refuses at once.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A statement that allocated at least this many bytes is followed by a collection that gives memory back; 0 never.</summary>
    public long ReleaseMemoryAfterBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The least time between two such collections.</summary>
    public TimeSpan ReleaseMemoryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
