using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher;
using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>
/// Opens the store the flags name: Neo4j with --neo4j, else the embedded engine on --data, on
/// <c>Graph__DataDirectory</c>, or on the directory the service uses by default — so `graph cypher` and
/// `graph seed` see what the service serves. Only --jsonl (a protocol for tools and tests) starts in memory.
/// </summary>
internal static class StoreFactory
{
    private const string InMemory = ":memory:";

    public static IGraphDatabase Create(CliOptions options, bool memoryByDefault = false)
    {
        if (options.Neo4jUri is not null)
        {
            if (!Uri.TryCreate(options.Neo4jUri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"--neo4j takes the HTTP address of the Query API, e.g. http://localhost:7474 (got '{options.Neo4jUri}')");
            }
            return new Neo4jGraphDatabase(new Neo4jOptions
            {
                Uri = uri,
                User = options.Neo4jUser,
                Password = options.Neo4jPassword,
                Database = options.Neo4jDatabase,
                Timeout = options.Timeout,
            });
        }
        var directory = DataDirectory(options, memoryByDefault);
        try
        {
            return new EmbeddedGraphDatabase(new EmbeddedGraphOptions
            {
                DataDirectory = directory,
                ImportDirectory = options.ImportDirectory,
                StatementTimeout = options.Timeout,
                // stderr, so the --jsonl protocol and query output on stdout stay clean.
                Warnings = warning => Console.Error.WriteLine("graph: warning: " + warning.Message),
            });
        }
        catch (GraphException e) when (directory is not null && e.Code == ErrorCodes.ServiceUnavailable)
        {
            throw new ArgumentException(
                $"the data directory {directory} is in use by another process (the service, if it is running). " +
                "Query the running service instead: graph cypher --url http://localhost:5000 (read-only, as /cypher is); " +
                "or stop it first. (" + e.Message + ")");
        }
    }

    /// <summary>What the store holds, for the shell's greeting.</summary>
    public static string Describe(CliOptions options, bool memoryByDefault = false) =>
        options.Neo4jUri is not null ? $"Neo4j at {options.Neo4jUri}"
        : DataDirectory(options, memoryByDefault) is { } directory ? $"the data directory {directory}"
        : "an empty in-memory graph (gone when the shell ends)";

    /// <summary>The embedded engine's directory, or null for memory.</summary>
    public static string? DataDirectory(CliOptions options, bool memoryByDefault = false) =>
        options.DataDirectory switch
        {
            "" or InMemory => null,
            { } given => given,
            null when memoryByDefault => null,
            null => Environment.GetEnvironmentVariable("Graph__DataDirectory") switch
            {
                "" or InMemory => null,
                { } configured => configured,
                null => EmbeddedGraphOptions.DefaultDataDirectory,
            },
        };
}
