namespace Graph.Api.Configuration;

/// <summary>Limits of the analysts' read-only <c>/cypher</c> endpoint, bound from <c>Graph:Cypher</c>.</summary>
public sealed class CypherEndpointOptions
{
    public const string Section = "Graph:Cypher";

    /// <summary>Rows returned at most; the answer says when it was cut.</summary>
    public int MaxRows { get; set; } = 10_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}
