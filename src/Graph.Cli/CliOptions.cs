using System.Globalization;

namespace Graph.Cli;

/// <summary>Command-line flags, the same store settings the service reads from configuration.</summary>
internal sealed class CliOptions
{
    public string Command { get; private set; } = "help";

    /// <summary>The word after the command, for commands that have several (<c>graph apikey new</c>).</summary>
    public string? Subcommand { get; private set; }

    public bool Jsonl { get; private set; }

    /// <summary>graph cypher --jsonl: lets a request's <c>"reset": true</c> erase a data directory or Neo4j database.</summary>
    public bool AllowReset { get; private set; }

    public string? File { get; private set; }

    /// <summary>graph recover: apply the recovery, losing what it lists (without it, only report).</summary>
    public bool AcceptLoss { get; private set; }

    public string? DataDirectory { get; private set; }

    /// <summary>--import-dir: the only directory LOAD CSV reads from (unset refuses LOAD CSV).</summary>
    public string? ImportDirectory { get; private set; }

    /// <summary>graph cypher --url: send statements to a running service's /cypher instead of opening a store.</summary>
    public string? ServiceUrl { get; private set; }

    /// <summary>The API key sent to the service with --url (--api-key, else the GRAPH_API_KEY variable).</summary>
    public string? ApiKey { get; private set; } = Environment.GetEnvironmentVariable("GRAPH_API_KEY");

    /// <summary>--params JSON: parameters as one JSON object.</summary>
    public string? ParamsJson { get; private set; }

    /// <summary>--param name=value, in the order given (later ones win).</summary>
    public List<string> Params { get; } = [];

    public string? Neo4jUri { get; private set; }

    public string Neo4jUser { get; private set; } = "neo4j";

    public string? Neo4jPassword { get; private set; }

    public string Neo4jDatabase { get; private set; } = "neo4j";

    public string? CypherDirectory { get; private set; }

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(30);

    /// <summary>graph import: node groups as given, <c>[Label[:Label]...=]file[,file...]</c>.</summary>
    public List<string> Nodes { get; } = [];

    /// <summary>graph import: relationship groups as given, <c>[TYPE=]file[,file...]</c>.</summary>
    public List<string> Relationships { get; } = [];

    /// <summary>graph import: a Cypher script (constraints, indexes) run before the import.</summary>
    public string? Schema { get; private set; }

    public char Delimiter { get; private set; } = ',';

    /// <summary>graph apikey new: the key's name and roles.</summary>
    public string? Name { get; private set; }

    public List<string> Roles { get; } = [];

    public char ArrayDelimiter { get; private set; } = ';';

    /// <summary>graph ingest: the documents to ingest, and their metadata.</summary>
    public List<string> Files { get; } = [];

    public string? Title { get; private set; }

    public string? Published { get; private set; }

    public string? Source { get; private set; }

    /// <summary>Parses argv; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        if (args.Count == 0) return options;
        options.Command = args[0];
        var first = 1;
        if (options.Command == "apikey" && args.Count > 1 && !args[1].StartsWith('-')) options.Subcommand = args[first++];
        for (var i = first; i < args.Count; i++)
        {
            // --flag=value (neo4j-admin's form) as well as --flag value.
            var flag = args[i];
            string? inline = null;
            if (flag.StartsWith("--", StringComparison.Ordinal) && flag.IndexOf('=') is > 2 and var equals)
            {
                inline = flag[(equals + 1)..];
                flag = flag[..equals];
            }

            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{flag} needs a value"));
            switch (flag)
            {
                case "--jsonl": options.Jsonl = true; break;
                case "--allow-reset": options.AllowReset = true; break;
                case "--accept-loss": options.AcceptLoss = true; break;
                case "--file" or "-f": options.File = Value(); break;
                case "--data": options.DataDirectory = Value(); break;
                case "--import-dir": options.ImportDirectory = Value(); break;
                case "--url": options.ServiceUrl = Value(); break;
                case "--api-key": options.ApiKey = Value(); break;
                case "--param" or "-P": options.Params.Add(Value()); break;
                case "--params": options.ParamsJson = Value(); break;
                case "--neo4j": options.Neo4jUri = Value(); break;
                case "--user" or "-u": options.Neo4jUser = Value(); break;
                case "--password" or "-p": options.Neo4jPassword = Value(); break;
                case "--database" or "-d": options.Neo4jDatabase = Value(); break;
                case "--cypher": options.CypherDirectory = Value(); break;
                case "--nodes": options.Nodes.Add(Value()); break;
                case "--relationships": options.Relationships.Add(Value()); break;
                case "--schema": options.Schema = Value(); break;
                case "--name": options.Name = Value(); break;
                case "--role": options.Roles.Add(Value()); break;
                case "--title": options.Title = Value(); break;
                case "--published": options.Published = Value(); break;
                case "--source": options.Source = Value(); break;
                case var file when options.Command == "ingest" && !file.StartsWith('-'): options.Files.Add(file); break;
                case "--delimiter": options.Delimiter = Character(flag, Value()); break;
                case "--array-delimiter": options.ArrayDelimiter = Character(flag, Value()); break;
                case "--timeout":
                    options.Timeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture));
                    break;
                default: throw new ArgumentException($"unknown option '{flag}'");
            }
        }
        return options;
    }

    private static char Character(string flag, string value) => value switch
    {
        "TAB" or "\\t" => '\t',
        { Length: 1 } => value[0],
        _ => throw new ArgumentException($"{flag} takes one character (or TAB), not '{value}'"),
    };

    public const string Usage = """
        graph — the Graph knowledge-graph command line

          graph cypher                 interactive Cypher shell (when stdin is a terminal; else runs stdin as a script)
          graph cypher --file F        run a script of ;-separated statements (its "// params: {…}" header gives
                                       default parameters); ':param name=value' lines work in scripts and pipes
          graph cypher --url URL       work through a running service's /cypher (read-only), e.g. while it holds
                                       the data directory: --url http://localhost:5000 [--api-key K | GRAPH_API_KEY]
          --import-dir DIR             the directory LOAD CSV reads file:///name.csv from (refused without it)
          --param name=value           a parameter (JSON value, or text); repeatable; --params '{"id": "kz"}'
          graph cypher --jsonl         machine protocol: one JSON request per line in, one response per line out;
                                       "reset": true erases a --data or --neo4j store only with --allow-reset
          graph seed                   apply cypher/schema.cypher and cypher/seed/*.cypher (idempotent)
          graph import --data DIR [--schema FILE] --nodes=[Label[:Label]=]F[,F] --relationships=[TYPE=]F[,F]
                                       bulk-load CSV files (neo4j-admin headers: id:ID(Space), :LABEL, name:int,
                                       :START_ID(Space), :END_ID, :TYPE) into a new, empty data directory;
                                       --schema runs a Cypher script first (constraints are checked on the data);
                                       --delimiter C, --array-delimiter C (default , and ;)
          graph recover --data DIR     a data directory refused as incomplete (deleted or damaged log segment):
                                       lists what the last good snapshot plus the unbroken log after it keeps
                                       and what is lost; --accept-loss keeps that and moves the rest aside
          graph ingest FILE… [--title T] [--published YYYY-MM-DD] [--source S]
                                       ingest text or Markdown reports: sentences, mentions of known entities,
                                       candidates and proposed facts for editors to review (same text: no change)
          graph apikey new --name NAME --role ROLE
                                       print a new random API key once, and the configuration (its SHA-256
                                       hash, name and roles) that lets the service accept it; roles: reader,
                                       editor, admin (--role may repeat)

        store (default: the embedded engine on the service's data directory, ~/.local/share/graph/data, or
        Graph__DataDirectory when set; --jsonl defaults to memory):
          --data DIR                   embedded engine keeping its files in DIR (--data :memory: for an empty,
                                       throw-away graph)
          --neo4j URI                  Neo4j over the Query API, e.g. http://localhost:7474
          --user U --password P --database D
          --timeout SECONDS            per-statement timeout (default 30)
          --cypher DIR                 where cypher/ lives (graph seed; default: found from the working directory)
        """;
}
