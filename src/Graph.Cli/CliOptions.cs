using System.Globalization;

namespace Graph.Cli;

/// <summary>Command-line flags, the same store settings the service reads from configuration.</summary>
internal sealed class CliOptions
{
    public string Command { get; private set; } = "help";

    public bool Jsonl { get; private set; }

    public string? File { get; private set; }

    public string? DataDirectory { get; private set; }

    public string? Neo4jUri { get; private set; }

    public string Neo4jUser { get; private set; } = "neo4j";

    public string? Neo4jPassword { get; private set; }

    public string Neo4jDatabase { get; private set; } = "neo4j";

    public string? CypherDirectory { get; private set; }

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(30);

    /// <summary>Parses argv; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        if (args.Count == 0) return options;
        options.Command = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--jsonl": options.Jsonl = true; break;
                case "--file" or "-f": options.File = Value(); break;
                case "--data": options.DataDirectory = Value(); break;
                case "--neo4j": options.Neo4jUri = Value(); break;
                case "--user" or "-u": options.Neo4jUser = Value(); break;
                case "--password" or "-p": options.Neo4jPassword = Value(); break;
                case "--database" or "-d": options.Neo4jDatabase = Value(); break;
                case "--cypher": options.CypherDirectory = Value(); break;
                case "--timeout":
                    options.Timeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture));
                    break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        return options;
    }

    public const string Usage = """
        graph — the Graph knowledge-graph command line

          graph cypher                 interactive Cypher shell (when stdin is a terminal; else runs stdin as a script)
          graph cypher --file F        run a script of ;-separated statements
          graph cypher --jsonl         machine protocol: one JSON request per line in, one response per line out
          graph seed                   apply cypher/schema.cypher and cypher/seed/*.cypher (idempotent)

        store (default: the embedded engine in memory):
          --data DIR                   embedded engine keeping its files in DIR
          --neo4j URI                  Neo4j over the Query API, e.g. http://localhost:7474
          --user U --password P --database D
          --timeout SECONDS            per-statement timeout (default 30)
          --cypher DIR                 where cypher/ lives (graph seed; default: found from the working directory)
        """;
}
