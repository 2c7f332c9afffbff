namespace Graph.Api.Configuration;

/// <summary>
/// How the host waits for Neo4j and watches it (<c>Graph:Neo4j:Readiness</c>): pauses between
/// connection attempts grow from <see cref="InitialBackoff"/> to <see cref="MaxBackoff"/>; once ready,
/// Neo4j is asked <c>RETURN 1</c> every <see cref="ProbeInterval"/> so an outage is noticed.
/// </summary>
public sealed class Neo4jReadinessOptions
{
    public const string Section = "Graph:Neo4j:Readiness";

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(10);
}
