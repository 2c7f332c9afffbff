namespace Graph.Cli.Jsonl;

/// <summary>
/// The store behind a --jsonl session, as far as <c>reset</c> cares: in memory (a reset is a new empty
/// store) or a user's graph (a data directory or Neo4j), which a reset erases only with --allow-reset.
/// </summary>
internal sealed record JsonlStore(bool InMemory, bool AllowReset, string Description)
{
    public static JsonlStore From(CliOptions options) => options switch
    {
        { Neo4jUri: { } uri } => new(false, options.AllowReset, $"the Neo4j database at {uri}"),
        _ when StoreFactory.DataDirectory(options, memoryByDefault: true) is { } directory =>
            new(false, options.AllowReset, $"the data directory {Path.GetFullPath(directory)}"),
        _ => new(true, options.AllowReset, "the in-memory store"),
    };
}
