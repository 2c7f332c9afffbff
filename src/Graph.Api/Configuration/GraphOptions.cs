namespace Graph.Api.Configuration;

/// <summary>The <c>Graph</c> configuration section: which store, where it keeps its files, whether to seed.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The value of <see cref="DataDirectory"/> (or an empty one) that keeps the graph in memory.</summary>
    public const string InMemory = ":memory:";

    /// <summary>
    /// Where the embedded engine keeps its files. Unset: the user's data folder (so edits and seeds
    /// survive restarts); empty or ":memory:": in memory only.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The directory the embedded engine opens, or null for in memory.</summary>
    public string? ResolvedDataDirectory() => DataDirectory switch
    {
        null => DefaultDataDirectory,
        "" or InMemory => null,
        var configured => configured,
    };

    /// <summary>~/.local/share/graph/data on Linux, %LOCALAPPDATA%\graph\data on Windows.</summary>
    public static string DefaultDataDirectory => Graph.Cypher.EmbeddedGraphOptions.DefaultDataDirectory;

    /// <summary>The only directory the embedded engine's LOAD CSV reads (file:///name.csv); unset refuses LOAD CSV.</summary>
    public string? ImportDirectory { get; set; }

    /// <summary>Apply cypher/schema.cypher and the seed at start-up (idempotent).</summary>
    public bool Seed { get; set; } = true;

    /// <summary>The cypher/ folder to seed from; found above the binary (or the content root) when empty.</summary>
    public string? CypherDirectory { get; set; }
}
