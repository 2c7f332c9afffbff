using System.Diagnostics;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Cli.Shell;

/// <summary>
/// The terminal shell: statements end with ';' and may span lines; ':help', ':param', ':exit'.
/// History is kept in ~/.graph_history between sessions.
/// </summary>
internal sealed class InteractiveShell
{
    private const int HistoryLimit = 500;
    private readonly IGraphDatabase _database;
    private readonly Dictionary<string, object?> _parameters = new();

    public InteractiveShell(IGraphDatabase database) => _database = database;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var historyFile = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".graph_history");
        var history = File.Exists(historyFile) ? File.ReadAllLines(historyFile).ToList() : [];
        var editor = new LineEditor(history);
        Console.WriteLine("Graph Cypher shell. End statements with ';'. Type :help for commands, :exit to leave.");
        var pending = new System.Text.StringBuilder();
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = editor.ReadLine(pending.Length == 0 ? "graph> " : "  ...> ");
            if (line is null) break;
            if (pending.Length == 0 && line.TrimStart().StartsWith(':'))
            {
                if (!RunCommand(line.Trim())) break;
                continue;
            }
            pending.AppendLine(line);
            var text = pending.ToString().TrimEnd();
            if (!text.EndsWith(';')) continue;
            pending.Clear();
            history.Add(text.ReplaceLineEndings(" "));
            await RunStatementAsync(text, cancellationToken);
        }
        File.WriteAllLines(historyFile, history.TakeLast(HistoryLimit));
        return 0;
    }

    private async Task RunStatementAsync(string text, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await _database.RunAsync(text, _parameters, AccessMode.Write, cancellationToken);
            Console.WriteLine(TableFormatter.Format(result, watch.Elapsed));
        }
        catch (GraphException e)
        {
            Console.WriteLine(ErrorText.Of(e));
        }
    }

    private bool RunCommand(string command)
    {
        var parts = command.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case ":exit" or ":quit" or ":q":
                return false;
            case ":param" when parts.Length == 3:
                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(parts[2]);
                    _parameters[parts[1]] = Jsonl.JsonlValueReader.Read(json.RootElement);
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or GraphException)
                {
                    Console.WriteLine("The value must be JSON, e.g. :param name \"Astana\"");
                }
                return true;
            case ":params":
                foreach (var (name, value) in _parameters) Console.WriteLine($"${name} = {TableFormatter.Text(value)}");
                return true;
            default:
                Console.WriteLine("""
                    :param name <json>   set a parameter, e.g. :param id "kz"
                    :params              list parameters
                    :exit                leave the shell
                    Statements end with ';' and may span several lines; up/down recall history.
                    """);
                return true;
        }
    }
}
