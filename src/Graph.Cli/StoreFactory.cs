using Graph.Core.Store;
using Graph.Cypher;
using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>Opens the store the flags name: the embedded engine by default, Neo4j with --neo4j.</summary>
internal static class StoreFactory
{
    public static IGraphDatabase Create(CliOptions options)
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
        return new EmbeddedGraphDatabase(new EmbeddedGraphOptions
        {
            DataDirectory = options.DataDirectory,
            StatementTimeout = options.Timeout,
            // stderr, so the --jsonl protocol and query output on stdout stay clean.
            Warnings = warning => Console.Error.WriteLine("graph: warning: " + warning.Message),
        });
    }
}
