namespace Graph.Api.Configuration;

/// <summary>The <c>Graph</c> configuration section: which store, where it keeps its files, whether to seed.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>Where the embedded engine keeps its files; empty keeps the graph in memory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Apply cypher/schema.cypher and the seed at start-up (idempotent).</summary>
    public bool Seed { get; set; } = true;

    /// <summary>The cypher/ folder to seed from; found above the binary (or the content root) when empty.</summary>
    public string? CypherDirectory { get; set; }
}
